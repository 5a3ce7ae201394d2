package org.balise.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * After a number of failed sign-ins for one account from one address, each further failure blocks that pair
 * for a delay that doubles, up to a maximum. Other addresses are untouched, so nobody can lock the admin out
 * from elsewhere. Pure logic.
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay) {

    /** When the pair may try again after its {@code failures}-th failure, or null when it is not blocked. */
    public Instant blockedUntil(int failures, Instant now) {
        if (failures < freeFailures) {
            return null;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
