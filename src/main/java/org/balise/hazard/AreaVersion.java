package org.balise.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version in an area's history. {@code applied} is false for an update whose date of information was older
 * than the summary's: it is kept, but did not change the summary.
 */
public record AreaVersion(int version, Instant changedAt, String changedBy, String change, LocalDate informationDate,
        boolean applied, String feature) {
}
