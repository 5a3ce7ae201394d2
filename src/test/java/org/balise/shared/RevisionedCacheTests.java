package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RevisionedCacheTests {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsComputedOncePerRevisionAndKey() {
        RevisionedCache<String, String> cache = new RevisionedCache<>(10);
        assertThat(cache.get(1, "a", () -> compute("a1"))).isEqualTo("a1");
        assertThat(cache.get(1, "a", () -> compute("other"))).isEqualTo("a1");
        assertThat(cache.get(1, "b", () -> compute("b1"))).isEqualTo("b1");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aNewRevisionDropsEveryValueOfTheOldOne() {
        RevisionedCache<String, String> cache = new RevisionedCache<>(10);
        cache.get(1, "a", () -> compute("a1"));
        cache.get(1, "b", () -> compute("b1"));
        assertThat(cache.get(2, "a", () -> compute("a2"))).isEqualTo("a2");
        assertThat(cache.get(2, "b", () -> compute("b2"))).isEqualTo("b2");
        assertThat(computed).hasValue(4);
    }

    @Test
    void aValueComputedAtAnOlderRevisionIsReturnedButNotKept() {
        RevisionedCache<String, String> cache = new RevisionedCache<>(10);
        cache.get(2, "a", () -> compute("a2"));
        // A reader that read revision 1 before another stored revision 2's value: its value must not replace it.
        assertThat(cache.get(1, "a", () -> compute("a1"))).isEqualTo("a1");
        assertThat(cache.get(2, "a", () -> compute("again"))).isEqualTo("a2");
        assertThat(cache.get(1, "b", () -> compute("b1"))).isEqualTo("b1");
        assertThat(cache.get(1, "b", () -> compute("b1 again"))).isEqualTo("b1 again");
    }

    @Test
    void pastItsSizeValuesAreComputedEachTime() {
        RevisionedCache<Integer, String> cache = new RevisionedCache<>(2);
        cache.get(1, 1, () -> compute("one"));
        cache.get(1, 2, () -> compute("two"));
        cache.get(1, 3, () -> compute("three"));
        cache.get(1, 3, () -> compute("three"));
        cache.get(1, 1, () -> compute("one"));
        assertThat(computed).hasValue(4);
    }

    @Test
    void nullsAreNotKept() {
        RevisionedCache<String, String> cache = new RevisionedCache<>(2);
        cache.get(1, "a", () -> compute(null));
        cache.get(1, "a", () -> compute(null));
        assertThat(computed).hasValue(2);
    }

    @Test
    void aCacheHoldsAtLeastOneValue() {
        assertThatThrownBy(() -> new RevisionedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
