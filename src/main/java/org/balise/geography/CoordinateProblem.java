package org.balise.geography;

import java.util.Locale;

/**
 * A reason why a coordinate text could not be read. Each has a message key for the product's message files.
 */
public enum CoordinateProblem {
    EMPTY,
    TOO_LONG,
    UNRECOGNISED,
    AMBIGUOUS_DECIMAL_COMMA,
    LATITUDE_OUT_OF_RANGE,
    LONGITUDE_OUT_OF_RANGE,
    MINUTES_OUT_OF_RANGE,
    SECONDS_OUT_OF_RANGE,
    FRACTIONAL_DEGREES_WITH_MINUTES,
    FRACTIONAL_MINUTES_WITH_SECONDS,
    CONFLICTING_HEMISPHERE,
    DUPLICATE_AXIS,
    ZONE_OUT_OF_RANGE,
    INVALID_LATITUDE_BAND,
    EASTING_OUT_OF_RANGE,
    NORTHING_OUT_OF_RANGE,
    BAND_MISMATCH,
    INVALID_GRID_SQUARE,
    UNEVEN_GRID_DIGITS,
    TOO_MANY_GRID_DIGITS;

    public String messageKey() {
        return "coordinate.problem." + name().toLowerCase(Locale.ROOT);
    }
}
