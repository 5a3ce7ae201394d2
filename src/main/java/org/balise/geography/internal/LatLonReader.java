package org.balise.geography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.balise.geography.CoordinateProblem;
import org.balise.geography.ParsedCoordinate;
import org.balise.geography.ParsedCoordinate.Notation;
import org.balise.geography.internal.LatLonToken.Kind;
import org.balise.geography.internal.WrittenAngle.Axis;

/** Reads latitude and longitude in decimal degrees or degrees, minutes and seconds from normalised text. */
public final class LatLonReader {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

    private record AnglePair(WrittenAngle first, WrittenAngle second) {
        boolean hasFractionsOnlyLast() {
            return first.hasFractionOnlyLast() && second.hasFractionOnlyLast();
        }

        boolean isBalanced() {
            return first.parts().size() == second.parts().size();
        }

        Notation notation() {
            return first.isDecimal() && second.isDecimal() ? Notation.DECIMAL : Notation.DMS;
        }
    }

    /** A way to cut a text without separator into two angles, ranked by how natural the cut is. */
    private record Cut(AnglePair pair, int rank) {
    }

    private LatLonReader() {
    }

    /** Tries a comma between digits both as a separator and as a decimal comma, and keeps the reading that works. */
    public static ParsedCoordinate read(String text) {
        ParsedCoordinate commasSeparate = readOnce(text);
        if (!DECIMAL_COMMA.matcher(text).find()) {
            return commasSeparate;
        }
        ParsedCoordinate decimalCommas = readOnce(DECIMAL_COMMA.matcher(text).replaceAll("."));
        if (commasSeparate.isValid() != decimalCommas.isValid()) {
            return commasSeparate.isValid() ? commasSeparate : decimalCommas;
        }
        if (isRecognised(commasSeparate) && isRecognised(decimalCommas)) {
            return ambiguousComma(commasSeparate, decimalCommas);
        }
        return isRecognised(decimalCommas) ? decimalCommas : commasSeparate;
    }

    private static boolean isRecognised(ParsedCoordinate reading) {
        return !reading.problems().contains(CoordinateProblem.UNRECOGNISED);
    }

    private static ParsedCoordinate ambiguousComma(ParsedCoordinate commasSeparate, ParsedCoordinate decimalCommas) {
        Findings findings = new Findings();
        String readings = commasSeparate.isValid()
                ? " (either " + asText(decimalCommas) + ", or " + asText(commasSeparate) + ")"
                : "";
        findings.add(CoordinateProblem.AMBIGUOUS_DECIMAL_COMMA, "The comma can be read as a decimal comma or as a"
                + " separator" + readings + "; write decimals with a point.");
        return findings.toResult(null);
    }

    private static String asText(ParsedCoordinate coordinate) {
        return String.format(Locale.ROOT, "latitude %.6f and longitude %.6f",
                coordinate.latitude(), coordinate.longitude());
    }

    private static ParsedCoordinate readOnce(String text) {
        List<LatLonToken> tokens = LatLonTokenizer.tokenize(text);
        Optional<LatLonToken> unknown = tokens.stream().filter(token -> token.is(Kind.UNKNOWN)).findFirst();
        if (unknown.isPresent()) {
            return Findings.unrecognised(unknownDetail(unknown.get()));
        }
        List<Integer> separators = IntStream.range(0, tokens.size())
                .filter(i -> tokens.get(i).is(Kind.SEPARATOR)).boxed().toList();
        if (separators.size() > 1) {
            return Findings.unrecognised("There are " + separators.size() + " separators (, or ;); put exactly one"
                    + " between the latitude and the longitude.");
        }
        return separators.isEmpty() ? readWithoutSeparator(tokens, text) : readAround(separators.getFirst(), tokens, text);
    }

    private static String unknownDetail(LatLonToken token) {
        return token.text().equals("E")
                ? "Numbers in exponent notation, such as 1e4, are not accepted."
                : "“" + token.text() + "” is not part of a latitude or longitude.";
    }

    private static ParsedCoordinate readAround(int separator, List<LatLonToken> tokens, String text) {
        Optional<WrittenAngle> first = WrittenAngle.read(tokens.subList(0, separator), text);
        Optional<WrittenAngle> second = WrittenAngle.read(tokens.subList(separator + 1, tokens.size()), text);
        if (first.isEmpty() || second.isEmpty()) {
            return Findings.unrecognised("Could not read a latitude and a longitude on either side of the separator.");
        }
        return evaluate(new AnglePair(first.get(), second.get()));
    }

    private static ParsedCoordinate readWithoutSeparator(List<LatLonToken> tokens, String text) {
        List<Cut> cuts = possibleCuts(tokens, text);
        if (cuts.isEmpty()) {
            return Findings.unrecognised(WrittenAngle.read(tokens, text).isPresent()
                    ? "Only one value was found; a latitude and a longitude are both needed."
                    : "This is not a latitude and longitude, UTM or MGRS position.");
        }
        int bestRank = cuts.stream().mapToInt(Cut::rank).max().orElseThrow();
        List<Cut> best = cuts.stream().filter(cut -> cut.rank() == bestRank).toList();
        if (best.size() > 1) {
            return Findings.unrecognised("Cannot tell where the latitude ends and the longitude begins;"
                    + " separate them with a comma or add hemisphere letters.");
        }
        return evaluate(best.getFirst().pair());
    }

    private static List<Cut> possibleCuts(List<LatLonToken> tokens, String text) {
        List<Cut> cuts = new ArrayList<>();
        for (int at = 1; at < tokens.size(); at++) {
            if (!canCutBefore(at, tokens)) {
                continue;
            }
            Optional<WrittenAngle> first = WrittenAngle.read(tokens.subList(0, at), text);
            Optional<WrittenAngle> second = WrittenAngle.read(tokens.subList(at, tokens.size()), text);
            if (first.isPresent() && second.isPresent()) {
                AnglePair pair = new AnglePair(first.get(), second.get());
                cuts.add(new Cut(pair, rank(pair, tokens.get(at).afterSpace())));
            }
        }
        return cuts;
    }

    /** Without a space, only a sign or a hemisphere letter marks a cut: 2°6 is one angle, not 2° and 6°. */
    private static boolean canCutBefore(int at, List<LatLonToken> tokens) {
        LatLonToken next = tokens.get(at);
        return next.afterSpace() || next.is(Kind.SIGN) || next.is(Kind.HEMISPHERE)
                || tokens.get(at - 1).is(Kind.HEMISPHERE);
    }

    /** Well-formed numbers matter most, then two halves of the same shape, then a cut at a space. */
    private static int rank(AnglePair pair, boolean atSpace) {
        return (pair.hasFractionsOnlyLast() ? 4 : 0) + (pair.isBalanced() ? 2 : 0) + (atSpace ? 1 : 0);
    }

    private static ParsedCoordinate evaluate(AnglePair pair) {
        Findings findings = new Findings();
        pair.first().checkParts(findings);
        pair.second().checkParts(findings);
        Optional<Axis> firstAxis = pair.first().axis();
        Optional<Axis> secondAxis = pair.second().axis();
        if (firstAxis.isPresent() && firstAxis.equals(secondAxis)) {
            findings.add(CoordinateProblem.DUPLICATE_AXIS, "Both values are marked as " + firstAxis.get().label()
                    + "s; one needs N or S and the other E or W.");
            return findings.toResult(pair.notation());
        }
        boolean longitudeFirst = firstAxis.map(axis -> axis == Axis.LONGITUDE)
                .orElseGet(() -> secondAxis.map(axis -> axis == Axis.LATITUDE).orElse(false));
        WrittenAngle latitude = longitudeFirst ? pair.second() : pair.first();
        WrittenAngle longitude = longitudeFirst ? pair.first() : pair.second();
        latitude.checkRange(Axis.LATITUDE, findings);
        longitude.checkRange(Axis.LONGITUDE, findings);
        return findings.toResult(pair.notation(), latitude.degrees(), longitude.degrees());
    }
}
