package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RevisionedValueTests {

    private final AtomicInteger built = new AtomicInteger();

    private String build(String value) {
        built.incrementAndGet();
        return value;
    }

    @Test
    void theValueIsBuiltOncePerRevision() {
        RevisionedValue<String> value = new RevisionedValue<>();
        assertThat(value.get(1, kept -> build("v1"))).isEqualTo("v1");
        assertThat(value.get(1, kept -> build("other"))).isEqualTo("v1");
        assertThat(value.get(2, kept -> build("v2"))).isEqualTo("v2");
        assertThat(built).hasValue(2);
    }

    @Test
    void aNewRevisionIsBuiltFromTheValueKept() {
        RevisionedValue<String> value = new RevisionedValue<>();
        value.get(1, kept -> build(kept + "+1"));
        assertThat(value.get(3, kept -> build(kept + "+3"))).isEqualTo("null+1+3");
    }

    @Test
    void aReaderOfAnOlderRevisionGetsTheNewerValue() {
        RevisionedValue<String> value = new RevisionedValue<>();
        value.get(2, kept -> build("v2"));
        assertThat(value.get(1, kept -> build("v1"))).isEqualTo("v2");
        assertThat(built).hasValue(1);
    }

    @Test
    void aFailedBuildKeepsNothingAndIsTriedAgain() {
        RevisionedValue<String> value = new RevisionedValue<>();
        assertThatThrownBy(() -> value.get(1, kept -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(value.get(1, kept -> build("v1"))).isEqualTo("v1");
    }

    @Test
    void readersArrivingTogetherWaitForOneBuild() throws Exception {
        RevisionedValue<String> value = new RevisionedValue<>();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        readers.add(Thread.ofVirtual().start(() -> seen.add(value.get(1, kept -> {
            building.countDown();
            awaitQuietly(release);
            return build("v1");
        }))));
        building.await();
        for (int i = 0; i < 8; i++) {
            readers.add(Thread.ofVirtual().start(() -> seen.add(value.get(1, kept -> build("again")))));
        }
        release.countDown();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(seen).hasSize(9).containsOnly("v1");
        assertThat(built).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
