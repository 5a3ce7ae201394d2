package org.balise.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTests {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void letsTheFirstFourFailuresGoUnblocked() {
        for (int failures = 1; failures < 5; failures++) {
            assertThat(policy.blockedUntil(failures, now)).isNull();
        }
    }

    @Test
    void doublesTheDelayWithEachFurtherFailure() {
        assertThat(policy.blockedUntil(5, now)).isEqualTo(now.plusSeconds(30));
        assertThat(policy.blockedUntil(6, now)).isEqualTo(now.plusSeconds(60));
        assertThat(policy.blockedUntil(7, now)).isEqualTo(now.plusSeconds(120));
    }

    @Test
    void neverBlocksLongerThanTheMaximum() {
        assertThat(policy.blockedUntil(20, now)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(policy.blockedUntil(10_000, now)).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}
