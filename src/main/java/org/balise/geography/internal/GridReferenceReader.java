package org.balise.geography.internal;

import org.balise.shared.geo.Utm;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.geography.CoordinateProblem;
import org.balise.geography.ParsedCoordinate;
import org.balise.geography.ParsedCoordinate.Notation;

/** Reads UTM and MGRS references from normalised (upper-case, single-spaced) text. */
public final class GridReferenceReader {

    private static final Pattern MGRS = Pattern.compile(
            "(?<zone>\\d{1,2}) ?(?<band>[A-Z]) ?(?<column>[A-Z]) ?(?<row>[A-Z])(?: ?(?<digits>\\d+)(?: (?<north>\\d+))?)?");
    private static final Pattern UTM = Pattern.compile(
            "(?<zone>\\d{1,2})(?<gap> ?)(?<letter>[A-Z])[ ,;]+(?<easting>\\d+(?:\\.\\d+)?)(?: ?M)?(?: ?E[ ,;]*|[ ,;]+)"
                    + "(?<northing>\\d+(?:\\.\\d+)?)(?: ?M)?(?: ?N)?");
    /** Degrees, minutes and seconds have at most three; eastings and northings have six or seven. */
    private static final int MIN_GRID_INTEGER_DIGITS = 4;
    private static final int MAX_MGRS_DIGITS = 5;

    /** Where a UTM zone letter names only a hemisphere, band is null. */
    private record ZoneLetter(boolean northern, Character band) {
    }

    /** An MGRS 100 km square, in units of 100 km: easting, and northing within the 2,000 km cycle. */
    private record Square(int column, int row) {
    }

    private record GridDigits(String east, String north) {
        double squareSize() {
            return Math.pow(10, MAX_MGRS_DIGITS - east.length());
        }

        double eastMetres() {
            return metres(east);
        }

        double northMetres() {
            return metres(north);
        }

        private double metres(String digits) {
            return digits.isEmpty() ? 0 : Integer.parseInt(digits) * squareSize();
        }
    }

    private GridReferenceReader() {
    }

    /** Empty when the text does not have the shape of a UTM or MGRS reference. */
    public static Optional<ParsedCoordinate> read(String text) {
        Matcher mgrs = MGRS.matcher(text);
        if (mgrs.matches()) {
            return Optional.of(readMgrs(mgrs));
        }
        Matcher utm = UTM.matcher(text);
        if (utm.matches() && hasGridSizedNumber(utm)) {
            return Optional.of(readUtm(utm));
        }
        return Optional.empty();
    }

    private static boolean hasGridSizedNumber(Matcher utm) {
        return integerDigits(utm.group("easting")) >= MIN_GRID_INTEGER_DIGITS
                || integerDigits(utm.group("northing")) >= MIN_GRID_INTEGER_DIGITS;
    }

    private static int integerDigits(String number) {
        int point = number.indexOf('.');
        return point < 0 ? number.length() : point;
    }

    private static ParsedCoordinate readUtm(Matcher utm) {
        Findings findings = new Findings();
        OptionalInt zone = readZone(utm.group("zone"), findings);
        Optional<ZoneLetter> zoneLetter = readZoneLetter(utm.group("letter").charAt(0), !utm.group("gap").isEmpty());
        if (zoneLetter.isEmpty()) {
            findings.add(CoordinateProblem.INVALID_LATITUDE_BAND, invalidBandDetail(utm.group("letter")));
        }
        double easting = Double.parseDouble(utm.group("easting"));
        double northing = Double.parseDouble(utm.group("northing"));
        checkEasting(easting, findings);
        checkNorthing(northing, findings);
        if (!findings.isEmpty()) {
            return findings.toResult(Notation.UTM);
        }
        ZoneLetter letter = zoneLetter.orElseThrow();
        Utm.LatLon position = Utm.toLatLon(zone.getAsInt(), letter.northern(), easting, northing);
        if (letter.band() == null) {
            checkUtmLatitude(position.latitude(), findings);
        } else {
            checkBand(position.latitude(), letter.band(), findings);
        }
        return findings.toResult(Notation.UTM, position.latitude(), position.longitude());
    }

    /** N is always the northern hemisphere; S is the southern one only when written apart from the zone. */
    private static Optional<ZoneLetter> readZoneLetter(char letter, boolean writtenApart) {
        if (letter == 'N') {
            return Optional.of(new ZoneLetter(true, null));
        }
        if (letter == 'S' && writtenApart) {
            return Optional.of(new ZoneLetter(false, null));
        }
        return Utm.isBand(letter) ? Optional.of(new ZoneLetter(letter >= 'N', letter)) : Optional.empty();
    }

    private static ParsedCoordinate readMgrs(Matcher mgrs) {
        Findings findings = new Findings();
        OptionalInt zone = readZone(mgrs.group("zone"), findings);
        char band = mgrs.group("band").charAt(0);
        if (!Utm.isBand(band)) {
            findings.add(CoordinateProblem.INVALID_LATITUDE_BAND, invalidBandDetail(mgrs.group("band")));
        }
        String squareLetters = mgrs.group("column") + mgrs.group("row");
        Optional<Square> square = zone.isPresent() ? readSquare(zone.getAsInt(), squareLetters, findings)
                : Optional.empty();
        GridDigits digits = readDigits(mgrs.group("digits"), mgrs.group("north"), findings);
        if (!findings.isEmpty()) {
            return findings.toResult(Notation.MGRS);
        }
        double easting = square.orElseThrow().column() * Utm.MGRS_SQUARE_METRES + digits.eastMetres();
        double northingInCycle = square.orElseThrow().row() * Utm.MGRS_SQUARE_METRES + digits.northMetres();
        OptionalDouble northing =
                Utm.mgrsNorthing(zone.getAsInt(), band, easting, northingInCycle, digits.squareSize());
        if (northing.isEmpty()) {
            findings.add(CoordinateProblem.BAND_MISMATCH, "Grid square " + squareLetters + " of zone "
                    + zone.getAsInt() + " does not reach latitude band " + band + ".");
            return findings.toResult(Notation.MGRS);
        }
        Utm.LatLon position = Utm.toLatLon(zone.getAsInt(), band >= 'N', easting, northing.getAsDouble());
        return findings.toResult(Notation.MGRS, position.latitude(), position.longitude());
    }

    private static Optional<Square> readSquare(int zone, String letters, Findings findings) {
        OptionalInt column = Utm.mgrsColumn(zone, letters.charAt(0));
        OptionalInt row = Utm.mgrsRow(zone, letters.charAt(1));
        if (column.isEmpty() || row.isEmpty()) {
            findings.add(CoordinateProblem.INVALID_GRID_SQUARE, "There is no 100 km square " + letters + " in zone "
                    + zone + ": its column letters are " + Utm.mgrsColumnLetters(zone) + " and rows run A–V.");
            return Optional.empty();
        }
        return Optional.of(new Square(column.getAsInt(), row.getAsInt()));
    }

    /** Easting and northing digits, from two groups or from one group cut in half. */
    private static GridDigits readDigits(String digits, String northDigits, Findings findings) {
        String all = digits == null ? "" : digits;
        GridDigits split = northDigits == null
                ? new GridDigits(all.substring(0, all.length() / 2), all.substring(all.length() / 2))
                : new GridDigits(all, northDigits);
        if (split.east().length() != split.north().length()) {
            findings.add(CoordinateProblem.UNEVEN_GRID_DIGITS, "The easting has " + split.east().length()
                    + " digits and the northing " + split.north().length()
                    + "; MGRS needs the same number of digits for both.");
        }
        if (Math.max(split.east().length(), split.north().length()) > MAX_MGRS_DIGITS) {
            findings.add(CoordinateProblem.TOO_MANY_GRID_DIGITS,
                    "MGRS has at most 5 digits for the easting and 5 for the northing (1 m).");
        }
        return split;
    }

    private static OptionalInt readZone(String digits, Findings findings) {
        int zone = Integer.parseInt(digits);
        if (zone < 1 || zone > 60) {
            findings.add(CoordinateProblem.ZONE_OUT_OF_RANGE, "UTM zones run from 1 to 60, not " + zone + ".");
            return OptionalInt.empty();
        }
        return OptionalInt.of(zone);
    }

    private static String invalidBandDetail(String letter) {
        return "'" + letter + "' is not a latitude band: bands run from C to X without I and O"
                + " (the polar A, B, Y and Z are not supported).";
    }

    private static void checkEasting(double easting, Findings findings) {
        if (easting < Utm.MIN_EASTING || easting > Utm.MAX_EASTING) {
            findings.add(CoordinateProblem.EASTING_OUT_OF_RANGE,
                    "A UTM easting lies between 100000 and 900000 m, not " + plain(easting) + ".");
        }
    }

    private static void checkNorthing(double northing, Findings findings) {
        if (northing > Utm.MAX_NORTHING) {
            findings.add(CoordinateProblem.NORTHING_OUT_OF_RANGE,
                    "A UTM northing lies between 0 and 10000000 m, not " + plain(northing) + ".");
        }
    }

    private static void checkUtmLatitude(double latitude, Findings findings) {
        if (!(latitude >= Utm.MIN_LATITUDE && latitude <= Utm.MAX_LATITUDE)) {
            findings.add(CoordinateProblem.LATITUDE_OUT_OF_RANGE,
                    "This position lies outside UTM, which covers latitudes 80°S to 84°N.");
        }
    }

    private static void checkBand(double latitude, char band, Findings findings) {
        if (!Utm.isInBand(latitude, band)) {
            findings.add(CoordinateProblem.BAND_MISMATCH, String.format(Locale.ROOT,
                    "Band %c covers latitudes %s° to %s°, but this position lies at %.4f°.",
                    band, plain(Utm.bandSouthEdge(band)), plain(Utm.bandNorthEdge(band)), latitude));
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
