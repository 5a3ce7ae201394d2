package org.balise.arms.qd;

import java.util.Objects;

/**
 * One required separation distance. {@code metres} is the formula value after its minimum, rounded up to the
 * whole metre (IATG 02.20 cl. 7.7). Where the standard gives the distance in words only, {@code metres} is null
 * and {@code text} says it; a distance is never left without either.
 */
public record Distance(DistanceType type, Integer metres, String formula, String source, String text) {

    public Distance {
        Objects.requireNonNull(type, "type");
        if (metres == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException(type + " has neither metres nor text");
        }
    }
}
