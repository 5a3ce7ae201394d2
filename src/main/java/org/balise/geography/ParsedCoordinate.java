package org.balise.geography;

import java.util.List;

/**
 * The outcome of {@link CoordinateParser#parse(String)}: a WGS84 position in decimal degrees, or the problems that
 * prevented one.
 *
 * @param latitude  decimal degrees, north positive; NaN when there are problems
 * @param longitude decimal degrees, east positive; NaN when there are problems
 * @param notation  the notation recognised; null when the text matched none
 * @param problems  every problem found, each once, in the order found; empty when valid
 * @param detail    an English explanation of the first problem; null when valid
 */
public record ParsedCoordinate(double latitude, double longitude, Notation notation,
                               List<CoordinateProblem> problems, String detail) {

    public enum Notation { DECIMAL, DMS, UTM, MGRS }

    public ParsedCoordinate {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
