package org.balise.geography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.balise.geography.CoordinateProblem;
import org.balise.geography.internal.LatLonToken.Kind;

/**
 * One latitude or longitude as written: an optional hemisphere letter before or after, an optional sign, and one to
 * three numbers (degrees, minutes, seconds), each optionally followed by its own unit mark.
 */
record WrittenAngle(String text, Optional<Hemisphere> hemisphere, Sign sign, List<String> parts) {

    enum Sign { NONE, PLUS, MINUS }

    enum Axis {
        LATITUDE(90), LONGITUDE(180);

        private final double limit;

        Axis(double limit) {
            this.limit = limit;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Hemisphere {
        NORTH(Axis.LATITUDE, false), SOUTH(Axis.LATITUDE, true), EAST(Axis.LONGITUDE, false), WEST(Axis.LONGITUDE, true);

        private final Axis axis;
        private final boolean negative;

        Hemisphere(Axis axis, boolean negative) {
            this.axis = axis;
            this.negative = negative;
        }

        /** O is the French ouest. */
        static Hemisphere of(String letter) {
            return switch (letter) {
                case "N" -> NORTH;
                case "S" -> SOUTH;
                case "E" -> EAST;
                default -> WEST;
            };
        }
    }

    private static final List<Kind> UNIT_MARKS = List.of(Kind.DEGREE, Kind.MINUTE, Kind.SECOND);

    /** Empty unless the tokens form exactly one angle. */
    static Optional<WrittenAngle> read(List<LatLonToken> tokens, String source) {
        Cursor cursor = new Cursor(tokens);
        Optional<Hemisphere> leading = cursor.take(Kind.HEMISPHERE).map(token -> Hemisphere.of(token.text()));
        Sign sign = cursor.take(Kind.SIGN).map(token -> token.text().equals("-") ? Sign.MINUS : Sign.PLUS)
                .orElse(Sign.NONE);
        List<String> parts = new ArrayList<>();
        for (Kind unitMark : UNIT_MARKS) {
            Optional<LatLonToken> number = cursor.take(Kind.NUMBER);
            if (number.isEmpty()) {
                break;
            }
            parts.add(number.get().text());
            cursor.take(unitMark);
        }
        Optional<Hemisphere> hemisphere = leading.isPresent() ? leading
                : cursor.take(Kind.HEMISPHERE).map(token -> Hemisphere.of(token.text()));
        if (parts.isEmpty() || !cursor.isAtEnd()) {
            return Optional.empty();
        }
        String text = source.substring(tokens.getFirst().start(), tokens.getLast().end());
        return Optional.of(new WrittenAngle(text, hemisphere, sign, List.copyOf(parts)));
    }

    Optional<Axis> axis() {
        return hemisphere.map(h -> h.axis);
    }

    boolean isDecimal() {
        return parts.size() == 1;
    }

    /** Only the last number may have a fraction: 14 27.5 is fine, 14.5 27 is not. */
    boolean hasFractionOnlyLast() {
        return IntStream.range(0, parts.size() - 1).noneMatch(this::hasFraction);
    }

    double degrees() {
        double magnitude = part(0) + part(1) / 60 + part(2) / 3600;
        boolean negative = sign == Sign.MINUS || hemisphere.map(h -> h.negative).orElse(false);
        return negative ? -magnitude : magnitude;
    }

    /** Problems that do not depend on whether this is the latitude or the longitude. */
    void checkParts(Findings findings) {
        checkSignAgreesWithHemisphere(findings);
        if (parts.size() > 1 && hasFraction(0)) {
            findings.add(CoordinateProblem.FRACTIONAL_DEGREES_WITH_MINUTES,
                    "In “" + text + "” the degrees have a fraction although minutes follow.");
        }
        if (parts.size() > 2 && hasFraction(1)) {
            findings.add(CoordinateProblem.FRACTIONAL_MINUTES_WITH_SECONDS,
                    "In “" + text + "” the minutes have a fraction although seconds follow.");
        }
        if (part(1) >= 60) {
            findings.add(CoordinateProblem.MINUTES_OUT_OF_RANGE,
                    "Minutes must be below 60, but “" + text + "” has " + parts.get(1) + ".");
        }
        if (part(2) >= 60) {
            findings.add(CoordinateProblem.SECONDS_OUT_OF_RANGE,
                    "Seconds must be below 60, but “" + text + "” has " + parts.get(2) + ".");
        }
    }

    void checkRange(Axis axis, Findings findings) {
        if (Math.abs(degrees()) > axis.limit) {
            CoordinateProblem problem = axis == Axis.LATITUDE
                    ? CoordinateProblem.LATITUDE_OUT_OF_RANGE
                    : CoordinateProblem.LONGITUDE_OUT_OF_RANGE;
            findings.add(problem, "A " + axis.label() + " lies between -" + (int) axis.limit + "° and "
                    + (int) axis.limit + "°, but “" + text + "” is beyond.");
        }
    }

    /** -14.45S is redundant and allowed; -14.45N and +14.45S contradict themselves. */
    private void checkSignAgreesWithHemisphere(Findings findings) {
        Sign contradictingSign = hemisphere.map(h -> h.negative ? Sign.PLUS : Sign.MINUS).orElse(Sign.NONE);
        if (sign != Sign.NONE && sign == contradictingSign) {
            findings.add(CoordinateProblem.CONFLICTING_HEMISPHERE, "In “" + text + "” the "
                    + (sign == Sign.MINUS ? "minus" : "plus") + " sign contradicts the hemisphere letter.");
        }
    }

    private boolean hasFraction(int index) {
        return parts.get(index).contains(".");
    }

    private double part(int index) {
        return index < parts.size() ? Double.parseDouble(parts.get(index)) : 0;
    }

    /** Reads tokens in order, taking one only when it is of the expected kind. */
    private static final class Cursor {
        private final List<LatLonToken> tokens;
        private int next;

        Cursor(List<LatLonToken> tokens) {
            this.tokens = tokens;
        }

        Optional<LatLonToken> take(Kind kind) {
            if (next < tokens.size() && tokens.get(next).is(kind)) {
                return Optional.of(tokens.get(next++));
            }
            return Optional.empty();
        }

        boolean isAtEnd() {
            return next == tokens.size();
        }
    }
}
