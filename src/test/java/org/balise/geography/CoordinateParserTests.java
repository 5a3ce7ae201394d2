package org.balise.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.balise.geography.ParsedCoordinate.Notation;
import org.junit.jupiter.api.Nested;
import org.balise.shared.geo.Utm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateParserTests {

    private static final double EXACT = 1e-9;
    /** A millimetre on the ground, in degrees. */
    private static final double MILLIMETRE_IN_DEGREES = 1e-8;
    private static final double HALF_ARC_SECOND = 0.5 / 3600;
    private static final double KAYES_LATITUDE = 14 + 27 / 60.0 + 6 / 3600.0;
    private static final double KAYES_LONGITUDE = -(11 + 26 / 60.0);

    @Nested
    class DecimalDegrees {

        @ParameterizedTest
        @ValueSource(strings = {"14.45, -11.43", "14.45 -11.43", "14.45;-11.43", "14.45,-11.43", "  14.45 ,  -11.43 ",
                "+14.45 -11.43", "14.45\u00A0\u2212\u202F11.43"})
        void readsSignedDecimalDegreesWithAnySeparator(String text) {
            assertReads(text, 14.45, -11.43, Notation.DECIMAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14.45N 11.43W", "N14.45 W11.43", "14.45 N, 11.43 W", "n14.45 w11.43", "14.45N11.43W",
                "14.45° N 11.43° W", "14.45N 11.43O"})
        void readsHemisphereLettersBeforeOrAfterTheNumber(String text) {
            assertReads(text, 14.45, -11.43, Notation.DECIMAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"11.43W 14.45N", "W11.43 N14.45", "-11.43, 14.45N", "11.43W, 14.45"})
        void letsHemisphereLettersPutTheLongitudeFirst(String text) {
            assertReads(text, 14.45, -11.43, Notation.DECIMAL);
        }

        @Test
        void readsTheLetterOfOneValueAndInfersTheOther() {
            assertReads("14.45N 11.43", 14.45, 11.43, Notation.DECIMAL);
        }

        @Test
        void readsARedundantMinusWithSouthOrWestAsSouthOrWest() {
            assertReads("-14.45S -11.43W", -14.45, -11.43, Notation.DECIMAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-14.45N 11.43W", "-14 N, 11 W", "14.45N -11.43E", "+14.45S 11.43W", "N-14.45 W11.43"})
        void refusesASignThatContradictsTheHemisphereLetter(String text) {
            assertRefuses(text, CoordinateProblem.CONFLICTING_HEMISPHERE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14.45N 11.43S", "N14.45 S11.43", "14.45E 11.43W"})
        void refusesTwoLettersOfTheSameAxis(String text) {
            assertRefuses(text, CoordinateProblem.DUPLICATE_AXIS);
        }

        @Test
        void refusesAHemisphereLetterThatCouldBelongToEitherValue() {
            assertRefuses("14.45 N 11.43", CoordinateProblem.UNRECOGNISED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14,45 -11,43", "14,45;-11,43", "14,45; -11,43", "14,45, -11,43", "14,45,-11,43"})
        void readsDecimalCommasWhenTheValuesAreSeparatedOtherwise(String text) {
            assertReads(text, 14.45, -11.43, Notation.DECIMAL);
        }

        @Test
        void readsALoneCommaBetweenDigitsAsTheSeparator() {
            assertReads("14,45", 14, 45, Notation.DECIMAL);
        }

        @Test
        void refusesACommaThatCanBeReadBothWays() {
            ParsedCoordinate result = assertRefuses("14,5 11", CoordinateProblem.AMBIGUOUS_DECIMAL_COMMA);

            assertThat(result.detail()).contains("14.500000", "5.183333");
        }

        @Test
        void acceptsThePolesAndTheAntimeridian() {
            assertReads("90 180", 90, 180, Notation.DECIMAL);
            assertReads("-90 -180", -90, -180, Notation.DECIMAL);
        }

        @Test
        void refusesALatitudeBeyondNinety() {
            assertRefuses("90.0001 0", CoordinateProblem.LATITUDE_OUT_OF_RANGE);
            assertRefuses("0 91N", CoordinateProblem.LATITUDE_OUT_OF_RANGE);
        }

        @Test
        void refusesALongitudeBeyondOneHundredAndEighty() {
            assertRefuses("0 180.5", CoordinateProblem.LONGITUDE_OUT_OF_RANGE);
        }

        @Test
        void reportsBothRangesWhenBothValuesAreOut() {
            assertRefuses("95 -200", CoordinateProblem.LATITUDE_OUT_OF_RANGE, CoordinateProblem.LONGITUDE_OUT_OF_RANGE);
        }
    }

    @Nested
    class DegreesMinutesSeconds {

        @ParameterizedTest
        @ValueSource(strings = {"14°27'06\"N 11°26'W", "14°27′06″N 11°26′W", "14º27’06”N 11º26’W",
                "14°27'06''N 11°26'00''W", "14° 27' 06\" N, 11° 26' W", "14 27 06 N, 11 26 00 W", "14 27 06N 11 26W",
                "14d27m06sN 11d26m0sW", "14d 27m 06s N 11d 26m W", "14°27'06\"N 11°26'O", "-11°26' 14°27'06\"N"})
        void readsDegreesMinutesSeconds(String text) {
            assertReads(text, KAYES_LATITUDE, KAYES_LONGITUDE, Notation.DMS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"N14 27.1 W11 26.0", "N 14°27.1' W 11°26'", "14°27.1'N, 11°26.0'W", "14 27,1 N 11 26,0 W"})
        void readsDegreesDecimalMinutesWithLeadingOrTrailingHemisphere(String text) {
            assertReads(text, KAYES_LATITUDE, KAYES_LONGITUDE, Notation.DMS);
        }

        @Test
        void readsDecimalSecondsWithPointOrComma() {
            double latitude = 14 + 27 / 60.0 + 6.5 / 3600;
            assertReads("14°27'06.5\"N 11°26'W", latitude, KAYES_LONGITUDE, Notation.DMS);
            assertReads("14°27'06,5\"N 11°26'W", latitude, KAYES_LONGITUDE, Notation.DMS);
        }

        @Test
        void readsTheLetterSAfterLetterMinutesAsSecondsAndAnyOtherSAsSouth() {
            assertReads("14d27m06sS 11d26m0sW", -KAYES_LATITUDE, KAYES_LONGITUDE, Notation.DMS);
            assertReads("14 27 06 S 11 26 00 W", -KAYES_LATITUDE, KAYES_LONGITUDE, Notation.DMS);
            assertReads("14°27'06S 11°26'W", -KAYES_LATITUDE, KAYES_LONGITUDE, Notation.DMS);
        }

        @Test
        void splitsBareNumbersIntoTwoHalvesOfTheSameShape() {
            assertReads("14 27 06 11 26 00", KAYES_LATITUDE, -KAYES_LONGITUDE, Notation.DMS);
            assertReads("14 27 -11 26", 14.45, -(11 + 26 / 60.0), Notation.DMS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"22d9", "2°6", "14°27'11°26'"})
        void refusesToCutGluedNumbersWithoutSignOrHemisphereLetter(String text) {
            assertRefuses(text, CoordinateProblem.UNRECOGNISED);
        }

        @Test
        void refusesBareNumbersThatSplitIntoHalvesOfDifferentShapes() {
            assertRefuses("14 27 06 11 26", CoordinateProblem.UNRECOGNISED);
        }

        @Test
        void reportsDmsWhenOnlyOneValueHasMinutes() {
            assertReads("14.45N 11°26'W", 14.45, KAYES_LONGITUDE, Notation.DMS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14°60'N 11°26'W", "14°75'N 11°26'W", "14 27 N 11 60.5 W", "N14 99.9 W11 26.0"})
        void refusesMinutesAboveFiftyNine(String text) {
            assertRefuses(text, CoordinateProblem.MINUTES_OUT_OF_RANGE);
        }

        @Test
        void acceptsMinutesJustBelowSixty() {
            assertReads("14°59.9999'N 11°26'W", 14 + 59.9999 / 60, KAYES_LONGITUDE, Notation.DMS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14°27'60\"N 11°26'W", "14°27'61\"N 11°26'W", "14 27 06 N 11 26 99.5 W"})
        void refusesSecondsAboveFiftyNine(String text) {
            assertRefuses(text, CoordinateProblem.SECONDS_OUT_OF_RANGE);
        }

        @Test
        void reportsEveryProblemNotJustTheFirst() {
            ParsedCoordinate result = assertRefuses("14°75'61\"N 11°26'W",
                    CoordinateProblem.MINUTES_OUT_OF_RANGE, CoordinateProblem.SECONDS_OUT_OF_RANGE);

            assertThat(result.notation()).isEqualTo(Notation.DMS);
            assertThat(result.detail()).contains("75");
        }

        @Test
        void reportsMinutesAndLatitudeTogether() {
            assertRefuses("95 75 N 11 W", CoordinateProblem.MINUTES_OUT_OF_RANGE, CoordinateProblem.LATITUDE_OUT_OF_RANGE);
        }

        @Test
        void refusesFractionalMinutesFollowedBySeconds() {
            assertRefuses("14 27.5 06 N 11 26 00 W", CoordinateProblem.FRACTIONAL_MINUTES_WITH_SECONDS);
        }

        @Test
        void refusesFractionalDegreesFollowedByMinutes() {
            assertRefuses("14.5°27'N 11°26'W", CoordinateProblem.FRACTIONAL_DEGREES_WITH_MINUTES);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14'27°N 11°26'W", "14°06\"N 11°26'W", "14°27'06\"01N 11W", "14 27 06 05 N 11 W"})
        void refusesUnitMarksOutOfOrderOrTooManyNumbers(String text) {
            assertRefuses(text, CoordinateProblem.UNRECOGNISED);
        }
    }

    @Nested
    class UniversalTransverseMercator {

        private static final String KAYES_UTM = "29P 452345 1598765";

        @ParameterizedTest
        @ValueSource(strings = {"29 P 452345 1598765", "29p 452345 1598765", "29P 452345E 1598765N",
                "29P 452345mE 1598765mN", "29P 452345 m 1598765 m", "29P 452345, 1598765", "29P 452345 E, 1598765 N",
                "29P 452345.0 1598765.0", "29P\u00A0452345\t1598765"})
        void readsTheSamePositionInEveryWrittenForm(String text) {
            ParsedCoordinate expected = CoordinateParser.parse(KAYES_UTM);

            assertReads(text, expected.latitude(), expected.longitude(), Notation.UTM);
        }

        @Test
        void readsAPositionNearKayes() {
            ParsedCoordinate result = assertValid(KAYES_UTM);

            assertThat(result.latitude()).isCloseTo(14.461, within(0.001));
            assertThat(result.longitude()).isCloseTo(-9.442, within(0.001));
        }

        @Test
        void readsSuffixedEastingAndNorthingInZone30Q() {
            ParsedCoordinate result = assertValid("30Q 245000E 1820000N");

            assertThat(result.notation()).isEqualTo(Notation.UTM);
            assertThat(result.latitude()).isBetween(16.0, 24.0);
        }

        @Test
        void readsABareNAsTheNorthernHemisphereWithoutBandCheck() {
            ParsedCoordinate withBand = CoordinateParser.parse(KAYES_UTM);

            assertReads("29N 452345 1598765", withBand.latitude(), withBand.longitude(), Notation.UTM);
            assertReads("29 N 452345 1598765", withBand.latitude(), withBand.longitude(), Notation.UTM);
        }

        // Expected positions: Chris Veness, geodesy test suite (test/utm-mgrs-tests.js), UTM -> latitude/longitude.
        @Test
        void readsAnSWrittenApartFromTheZoneAsTheSouthernHemisphere() {
            assertReads("56 S 334873.199 6252266.092", -33.857, 151.215, Notation.UTM, MILLIMETRE_IN_DEGREES);
            assertReads("30 S 722561.736479 9889402.027476", -1, -1, Notation.UTM, MILLIMETRE_IN_DEGREES);
        }

        @Test
        void readsAnSAttachedToTheZoneAsBandS() {
            assertReads("18S 323394.296 4307395.634", 38.8977, -77.0365, Notation.UTM, MILLIMETRE_IN_DEGREES);
        }

        @Test
        void readsReferencePointsInTheNorthernHemisphere() {
            assertReads("31 N 448251.898 5411943.794", 48.8583, 2.2945, Notation.UTM, MILLIMETRE_IN_DEGREES);
            assertReads("32V 297508.410 6700645.296", 60.39135, 5.3249, Notation.UTM, MILLIMETRE_IN_DEGREES);
        }

        @Test
        void refusesABandLetterInconsistentWithTheLatitude() {
            ParsedCoordinate result = assertRefuses("29Q 452345 1598765", CoordinateProblem.BAND_MISMATCH);

            assertThat(result.detail()).contains("Band Q", "14.46");
            assertRefuses("29S 452345 6598765", CoordinateProblem.BAND_MISMATCH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"29P 99999 1598765", "29P 900001 1598765", "29P 0 1598765", "29P 1452345 1598765"})
        void refusesAnEastingOutsideOneHundredToNineHundredKilometres(String text) {
            assertRefuses(text, CoordinateProblem.EASTING_OUT_OF_RANGE);
        }

        @Test
        void refusesANorthingBeyondTenThousandKilometres() {
            assertRefuses("29P 452345 10000001", CoordinateProblem.NORTHING_OUT_OF_RANGE);
        }

        @Test
        void refusesAHemispherePositionBeyondUtmLatitudes() {
            assertRefuses("29N 500000 9990000", CoordinateProblem.LATITUDE_OUT_OF_RANGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0P 452345 1598765", "61P 452345 1598765", "00P 452345 1598765"})
        void refusesAZoneOutsideOneToSixty(String text) {
            assertRefuses(text, CoordinateProblem.ZONE_OUT_OF_RANGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"29I 452345 1598765", "29O 452345 1598765", "29A 452345 1598765", "29Z 452345 1598765",
                "29Y 452345 1598765"})
        void refusesLettersThatAreNoLatitudeBand(String text) {
            assertRefuses(text, CoordinateProblem.INVALID_LATITUDE_BAND);
        }

        @Test
        void reportsEveryGridProblemNotJustTheFirst() {
            assertRefuses("61I 952345 10598765", CoordinateProblem.ZONE_OUT_OF_RANGE,
                    CoordinateProblem.INVALID_LATITUDE_BAND, CoordinateProblem.EASTING_OUT_OF_RANGE,
                    CoordinateProblem.NORTHING_OUT_OF_RANGE);
        }

        @Test
        void leavesSmallNumbersAfterAZoneLikePrefixToLatitudeAndLongitude() {
            assertReads("14N 11 26", 14, 11 + 26 / 60.0, Notation.DMS);
        }
    }

    @Nested
    class MilitaryGridReferenceSystem {

        @ParameterizedTest
        @ValueSource(strings = {"31UDQ4825111943", "31U DQ 48251 11943", "31u dq 48251 11943", "31U DQ 4825111943",
                "31UDQ 48251 11943"})
        void readsCompactAndSpacedForms(String text) {
            // Veness: MGRS 31U DQ 48251 11943 is UTM 31 N 448251 5411943.
            ParsedCoordinate utm = CoordinateParser.parse("31 N 448251 5411943");

            assertReads(text, utm.latitude(), utm.longitude(), Notation.MGRS);
        }

        @Test
        void readsSouthernHemisphereReferences() {
            // Veness: 30M YD 22561 89402 is UTM 30 S 722561 9889402; 56H LH 34873 52266 is 56 S 334873 6252266.
            assertReadsLike("30M YD 22561 89402", "30 S 722561 9889402");
            assertReadsLike("56HLH3487352266", "56 S 334873 6252266");
        }

        @Test
        void readsAReferenceAtTheEquatorOnAZoneEdge() {
            // Veness: 31N AA 66021 00000 is UTM 31 N 166021 0, a metre from 0°, 0°.
            assertReadsLike("31NAA6602100000", "31 N 166021 0");
            assertReads("31NAA6602100000", 0, 0, Notation.MGRS, 1e-5);
        }

        @Test
        void readsReferencePointsOfPublishedDocumentation() {
            // Palantir Foundry documentation of mgrsToGeoPoint: south-west corners at 1 m, 100 m and 10 km.
            assertReads("4Q FJ 12345 67890", 21.409796671597924, -157.91608117421092, Notation.MGRS, 1e-8);
            assertReads("4Q FJ 123 678", 21.40898645576642, -157.91652127483704, Notation.MGRS, 1e-8);
            assertReads("4Q FJ 1 6", 21.338665624760598, -157.93921670599434, Notation.MGRS, 1e-8);
        }

        @Test
        void returnsTheSouthWestCornerOfAKilometreSquare() {
            // GeographicLib GeoConvert manual: 38SMB4488 is easting [444, 445) km, northing [3688, 3689) km, zone 38n.
            assertReadsLike("38SMB4488", "38N 444000 3688000");
        }

        @Test
        void returnsTheSouthWestCornerOfAHundredMetreSquare() {
            assertReadsLike("29QNT523987", "29Q 552300 1798700");
        }

        @Test
        void readsAHundredKilometreSquareWithoutDigits() {
            assertReadsLike("29QNT", "29N 500000 1700000");
        }

        @Test
        void resolvesTheNorthingCycleWithTheLatitudeBand() {
            assertReadsLike("31NEA", "31N 500000 0");
            assertReadsLike("31QEA", "31N 500000 2000000");
            assertReadsLike("31SEA", "31N 500000 4000000");
            assertReadsLike("31KEA", "31 S 500000 8000000");
        }

        @Test
        void refusesABandLetterTheSquareDoesNotReach() {
            // 29 P NT 52345 98765 lies at 16.27° N, in band Q.
            assertRefuses("29PNT5234598765", CoordinateProblem.BAND_MISMATCH);
            assertRefuses("31PEA", CoordinateProblem.BAND_MISMATCH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"29QNT523459876", "29QNT5", "29Q NT 5234 98765", "29Q NT 52345 9876"})
        void refusesEastingAndNorthingOfDifferentLengths(String text) {
            assertRefuses(text, CoordinateProblem.UNEVEN_GRID_DIGITS);
        }

        @Test
        void refusesMoreThanFiveDigitsPerAxis() {
            assertRefuses("29QNT523451987651", CoordinateProblem.TOO_MANY_GRID_DIGITS);
            assertRefuses("29Q NT 523451 987651", CoordinateProblem.TOO_MANY_GRID_DIGITS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"29QAT5234598765", "29QNI5234598765", "29QNW5234598765", "30QAT5234598765"})
        void refusesSquareLettersOutsideTheZoneSet(String text) {
            assertRefuses(text, CoordinateProblem.INVALID_GRID_SQUARE);
        }

        @Test
        void refusesPolarAndUnknownBands() {
            assertRefuses("29BNT5234598765", CoordinateProblem.INVALID_LATITUDE_BAND);
            assertRefuses("29INT5234598765", CoordinateProblem.INVALID_LATITUDE_BAND);
            assertRefuses("61QNT5234598765", CoordinateProblem.ZONE_OUT_OF_RANGE);
        }
    }

    @Nested
    class UnreadableText {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n", "\u00A0"})
        void refusesNothingAsEmpty(String text) {
            assertRefuses(text, CoordinateProblem.EMPTY);
        }

        @Test
        void refusesTextLongerThanTwoHundredCharacters() {
            assertRefuses("1".repeat(201), CoordinateProblem.TOO_LONG);
            assertRefuses(" ".repeat(300), CoordinateProblem.TOO_LONG);
        }

        @Test
        void readsTextOfExactlyTwoHundredCharacters() {
            String padded = "14.45" + " ".repeat(189) + "-11.43";

            assertThat(padded).hasSize(CoordinateParser.MAX_LENGTH);
            assertReads(padded, 14.45, -11.43, Notation.DECIMAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"hello", "14.45", "1e400, 5", "1e4 5", "NaN NaN", "Infinity 0", ";;", ",",
                "14.45'; DROP TABLE mines;--", "1' OR '1'='1", "'; DELETE FROM sites WHERE ''='", "14.45.11 3",
                "N", "N S", "°", "14°", "- -", "14 -", "14.45, -11.43, 3", "12/05/2024", "14.45 ١١", "٣ ٤",
                "0x1A 5", "1.5E-5 3", "<script>alert(1)</script>"})
        void refusesGarbageAsUnrecognised(String text) {
            ParsedCoordinate result = assertRefuses(text, CoordinateProblem.UNRECOGNISED);

            assertThat(result.notation()).isNull();
        }

        @Test
        void explainsWhyInEnglish() {
            assertThat(CoordinateParser.parse("14.45").detail()).contains("Only one value");
            assertThat(CoordinateParser.parse("1e4 5").detail()).contains("exponent");
            assertThat(CoordinateParser.parse("hello").detail()).contains("“H”");
            assertThat(CoordinateParser.parse(";;").detail()).contains("2 separators");
        }
    }

    @Test
    void namesAMessageKeyForEveryProblem() {
        assertThat(CoordinateProblem.MINUTES_OUT_OF_RANGE.messageKey())
                .isEqualTo("coordinate.problem.minutes_out_of_range");
        assertThat(Arrays.stream(CoordinateProblem.values()).map(CoordinateProblem::messageKey))
                .allMatch(key -> key.matches("coordinate\\.problem\\.[a-z_]+"))
                .doesNotHaveDuplicates();
    }

    @Property(tries = 2000)
    void neverThrowsAndStaysConsistentOnArbitraryText(@ForAll String text) {
        assertConsistent(CoordinateParser.parse(text));
    }

    @Property(tries = 3000)
    void neverThrowsAndStaysConsistentOnCoordinateLikeText(@ForAll("coordinateLikeText") String text) {
        assertConsistent(CoordinateParser.parse(text));
    }

    @Provide
    Arbitrary<String> coordinateLikeText() {
        return Arbitraries.strings()
                .withChars("0123456789 .,;-+°'\"′″NSEWOdmsDMPQRTXCVLKJHAIZ\u00A0\u2212")
                .ofMaxLength(60);
    }

    @Property
    void readsBackFormattedDecimalDegrees(@ForAll @DoubleRange(min = -90, max = 90) @Scale(9) double latitude,
                                          @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude,
                                          @ForAll DecimalStyle style) {
        ParsedCoordinate result = CoordinateParser.parse(style.format(latitude, longitude));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notation()).isEqualTo(Notation.DECIMAL);
        assertThat(result.latitude()).isCloseTo(latitude, within(1e-6));
        assertThat(result.longitude()).isCloseTo(longitude, within(1e-6));
    }

    @Property
    void readsBackFormattedDegreesMinutesSeconds(@ForAll @DoubleRange(min = -90, max = 90) @Scale(9) double latitude,
                                                 @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude,
                                                 @ForAll DmsStyle style) {
        ParsedCoordinate result = CoordinateParser.parse(style.format(latitude, longitude));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notation()).isEqualTo(Notation.DMS);
        assertThat(result.latitude()).isCloseTo(latitude, within(HALF_ARC_SECOND + EXACT));
        assertThat(result.longitude()).isCloseTo(longitude, within(HALF_ARC_SECOND + EXACT));
    }

    // The latitude ranges below stay far enough inside UTM for the rounded or truncated position to stay inside.
    @Property
    void readsBackFormattedUtm(@ForAll @DoubleRange(min = -79.9999, max = 83.9999) @Scale(9) double latitude,
                               @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude,
                               @ForAll UtmStyle style) {
        Utm.GridPosition original = Utm.toGrid(latitude, longitude);

        ParsedCoordinate result = CoordinateParser.parse(style.format(original));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notation()).isEqualTo(Notation.UTM);
        assertWithinAMetrePerAxis(original, result);
    }

    @Property
    void readsBackFormattedMgrsAtOneMetre(@ForAll @DoubleRange(min = -79.9999, max = 83.9999) @Scale(9) double latitude,
                                          @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude,
                                          @ForAll boolean spaced) {
        String mgrs = Utm.toMgrs(latitude, longitude, 5);
        String text = spaced ? mgrs.replaceFirst("(\\d+[A-Z])([A-Z]{2})(\\d{5})(\\d{5})", "$1 $2 $3 $4") : mgrs;

        ParsedCoordinate result = CoordinateParser.parse(text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.notation()).isEqualTo(Notation.MGRS);
        assertWithinAMetrePerAxis(Utm.toGrid(latitude, longitude), result);
    }

    @Property
    void readsBackMgrsAtEveryPrecisionAsTheSouthWestCornerOfItsSquare(
            @ForAll @DoubleRange(min = -80, max = 84) @Scale(9) double latitude,
            @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude,
            @ForAll @IntRange(min = 0, max = 5) int digits) {
        Utm.GridPosition original = Utm.toGrid(latitude, longitude);
        double squareSize = Math.pow(10, 5 - digits);
        Utm.LatLon corner = Utm.toLatLon(original.zone(), original.isNorthern(),
                truncate(original.easting(), squareSize), truncate(original.northing(), squareSize));

        ParsedCoordinate result = CoordinateParser.parse(Utm.toMgrs(latitude, longitude, digits));

        assertThat(result.problems()).isEmpty();
        assertThat(result.latitude()).isCloseTo(corner.latitude(), within(EXACT));
        assertThat(result.longitude()).isCloseTo(corner.longitude(), within(EXACT));
    }

    enum DecimalStyle {
        COMMA("%s, %s"), SPACE("%s %s"), SEMICOLON("%s;%s"), HEMISPHERE_AFTER(null), HEMISPHERE_BEFORE(null),
        LONGITUDE_FIRST(null);

        private final String signedPattern;

        DecimalStyle(String signedPattern) {
            this.signedPattern = signedPattern;
        }

        String format(double latitude, double longitude) {
            return switch (this) {
                case HEMISPHERE_AFTER -> decimal(Math.abs(latitude)) + northOrSouth(latitude) + " "
                        + decimal(Math.abs(longitude)) + eastOrWest(longitude);
                case HEMISPHERE_BEFORE -> northOrSouth(latitude) + decimal(Math.abs(latitude)) + " "
                        + eastOrWest(longitude) + decimal(Math.abs(longitude));
                case LONGITUDE_FIRST -> decimal(Math.abs(longitude)) + eastOrWest(longitude) + " "
                        + decimal(Math.abs(latitude)) + northOrSouth(latitude);
                default -> String.format(Locale.ROOT, signedPattern, decimal(latitude), decimal(longitude));
            };
        }

        private static String decimal(double value) {
            return String.format(Locale.ROOT, "%.7f", value);
        }
    }

    enum DmsStyle {
        SYMBOLS, UNICODE_PRIMES, LETTERS, SPACES_WITH_LEADING_HEMISPHERE, DECIMAL_MINUTES;

        String format(double latitude, double longitude) {
            return formatOne(latitude, northOrSouth(latitude)) + " " + formatOne(longitude, eastOrWest(longitude));
        }

        private String formatOne(double value, String hemisphere) {
            if (this == DECIMAL_MINUTES) {
                long tenThousandthsOfMinute = Math.round(Math.abs(value) * 600_000);
                return String.format(Locale.ROOT, "%s%d %.4f", hemisphere, tenThousandthsOfMinute / 600_000,
                        (tenThousandthsOfMinute % 600_000) / 10_000.0);
            }
            long seconds = Math.round(Math.abs(value) * 3600);
            String pattern = switch (this) {
                case SYMBOLS -> "%1$d°%2$02d'%3$02d\"%4$s";
                case UNICODE_PRIMES -> "%1$d°%2$02d′%3$02d″%4$s";
                case LETTERS -> "%1$dd%2$dm%3$ds%4$s";
                default -> "%4$s %1$d %2$d %3$d";
            };
            return String.format(Locale.ROOT, pattern, seconds / 3600, seconds % 3600 / 60, seconds % 60, hemisphere);
        }
    }

    enum UtmStyle {
        BAND, BAND_APART_WITH_SUFFIXES, BAND_WITH_METRES, HEMISPHERE;

        String format(Utm.GridPosition position) {
            long easting = Math.round(position.easting());
            long northing = Math.round(position.northing());
            int zone = position.zone();
            char band = position.band();
            return switch (this) {
                case BAND -> "%d%c %d %d".formatted(zone, band, easting, northing);
                case BAND_APART_WITH_SUFFIXES -> "%d%s%c %dE %dN".formatted(zone, bandGap(band), band, easting, northing);
                case BAND_WITH_METRES -> "%d%c %dmE, %dmN".formatted(zone, band, easting, northing);
                case HEMISPHERE -> (position.isNorthern() ? zone + "N" : zone + " S") + " " + easting + " " + northing;
            };
        }
    }

    /** A lone S apart from the zone names the southern hemisphere, so band S stays attached. */
    private static String bandGap(char band) {
        return band == 'S' ? "" : " ";
    }

    private static String northOrSouth(double latitude) {
        return latitude < 0 ? "S" : "N";
    }

    private static String eastOrWest(double longitude) {
        return longitude < 0 ? "W" : "E";
    }

    private static double truncate(double metres, double squareSize) {
        return Math.floor(Math.floor(metres) / squareSize) * squareSize;
    }

    private static void assertWithinAMetrePerAxis(Utm.GridPosition expected, ParsedCoordinate result) {
        Utm.GridPosition actual = Utm.toGrid(result.latitude(), result.longitude(), expected.zone());
        assertThat(actual.easting()).isCloseTo(expected.easting(), within(1.0));
        assertThat(sameHemisphereNorthing(actual, expected)).isCloseTo(expected.northing(), within(1.0));
    }

    /** The northing of a position counted from the hemisphere of another: they differ by 10,000 km at the equator. */
    private static double sameHemisphereNorthing(Utm.GridPosition position, Utm.GridPosition reference) {
        if (position.isNorthern() == reference.isNorthern()) {
            return position.northing();
        }
        return position.isNorthern() ? position.northing() + Utm.MAX_NORTHING : position.northing() - Utm.MAX_NORTHING;
    }

    private static void assertConsistent(ParsedCoordinate result) {
        if (result.isValid()) {
            assertThat(result.detail()).isNull();
            assertThat(result.notation()).isNotNull();
            assertThat(result.latitude()).isBetween(-90.0, 90.0);
            assertThat(result.longitude()).isBetween(-180.0, 180.0);
        } else {
            assertThat(result.detail()).isNotBlank();
            assertThat(result.latitude()).isNaN();
            assertThat(result.longitude()).isNaN();
            assertThat(result.problems()).doesNotHaveDuplicates();
        }
    }

    private static ParsedCoordinate assertValid(String text) {
        ParsedCoordinate result = CoordinateParser.parse(text);
        assertThat(result.problems()).as("problems reading '%s': %s", text, result.detail()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.detail()).isNull();
        return result;
    }

    private static void assertReads(String text, double latitude, double longitude, Notation notation) {
        assertReads(text, latitude, longitude, notation, EXACT);
    }

    private static void assertReads(String text, double latitude, double longitude, Notation notation,
                                    double tolerance) {
        ParsedCoordinate result = assertValid(text);
        assertThat(result.notation()).isEqualTo(notation);
        assertThat(result.latitude()).as("latitude of '%s'", text).isCloseTo(latitude, within(tolerance));
        assertThat(result.longitude()).as("longitude of '%s'", text).isCloseTo(longitude, within(tolerance));
    }

    private static void assertReadsLike(String mgrs, String utm) {
        ParsedCoordinate expected = assertValid(utm);
        assertReads(mgrs, expected.latitude(), expected.longitude(), Notation.MGRS);
    }

    private static ParsedCoordinate assertRefuses(String text, CoordinateProblem... problems) {
        ParsedCoordinate result = CoordinateParser.parse(text);
        assertThat(result.problems()).as("problems reading '%s'", text).containsExactly(problems);
        assertThat(result.isValid()).isFalse();
        assertThat(result.latitude()).isNaN();
        assertThat(result.longitude()).isNaN();
        assertThat(result.detail()).isNotBlank();
        return result;
    }
}
