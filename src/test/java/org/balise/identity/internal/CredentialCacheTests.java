package org.balise.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTests {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CredentialCache cache = new CredentialCache(
            new IdentityProperties(null, 4, Duration.ofMinutes(5), 5, Duration.ofSeconds(30), Duration.ofHours(1), null), clock);

    @Test
    void remembersAVerifiedPasswordForTheSameStoredHash() {
        cache.remember("amina", "the-password-1", "$2a$hash1");

        assertThat(cache.isVerified("amina", "the-password-1", "$2a$hash1")).isTrue();
        assertThat(cache.isVerified("amina", "another-password", "$2a$hash1")).isFalse();
        assertThat(cache.isVerified("moussa", "the-password-1", "$2a$hash1")).isFalse();
    }

    @Test
    void forgetsWhenTheStoredHashChanges() {
        cache.remember("amina", "the-password-1", "$2a$hash1");

        assertThat(cache.isVerified("amina", "the-password-1", "$2a$hash2")).isFalse();
    }

    @Test
    void forgetsAfterItsTimeToLive() {
        cache.remember("amina", "the-password-1", "$2a$hash1");
        now = now.plus(Duration.ofMinutes(6));

        assertThat(cache.isVerified("amina", "the-password-1", "$2a$hash1")).isFalse();
    }

    @Test
    void forgetsOnRequest() {
        cache.remember("amina", "the-password-1", "$2a$hash1");
        cache.forget("amina");

        assertThat(cache.isVerified("amina", "the-password-1", "$2a$hash1")).isFalse();
    }
}
