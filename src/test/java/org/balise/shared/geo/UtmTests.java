package org.balise.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtmTests {

    private static final double MILLIMETRE = 0.001;
    /** About a millimetre on the ground. */
    private static final double MILLIMETRE_IN_DEGREES = 1e-8;

    /*
     * Expected values from independent sources:
     * - V: Chris Veness, geodesy test suite (test/utm-mgrs-tests.js), checked against the Montana RCN converter;
     *   IBM-02 is the IBM developerWorks "coordconvert" point quoted there.
     * - A: MGA2020 Alice Springs test point (public MGA test suites; GRS80, under 0.1 mm from WGS84 here).
     * - S: AGI STK Connect "Convert MapGridPoint" documentation example.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "V equator at zone 31 west edge,   0,           0,            31, N, 166021.443081, 0",
            "V 1N 1E,                          1,           1,            31, N, 277438.263521, 110597.972524",
            "V 1S 1W south of the equator,     -1,          -1,           30, M, 722561.736479, 9889402.027476",
            "V Eiffel Tower,                   48.8583,     2.2945,       31, U, 448251.898,    5411943.794",
            "V Sydney Opera House,             -33.857,     151.215,      56, H, 334873.199,    6252266.092",
            "V White House,                    38.8977,     -77.0365,     18, S, 323394.296,    4307395.634",
            "V Rio Christ the Redeemer,        -22.9519,    -43.2106,     23, K, 683466.254,    7460687.433",
            "V Bergen in Norway zone 32V,      60.39135,    5.3249,       32, V, 297508.410,    6700645.296",
            "A Alice Springs,                  -23.6701238944444, 133.885513288889, 53, K, 386352.397753, 7381850.768886",
    })
    void projectsReferencePointsToTheMillimetre(String place, double latitude, double longitude,
                                                int zone, char band, double easting, double northing) {
        Utm.GridPosition position = Utm.toGrid(latitude, longitude);

        assertThat(position.zone()).isEqualTo(zone);
        assertThat(position.band()).isEqualTo(band);
        assertThat(position.easting()).isCloseTo(easting, within(MILLIMETRE));
        assertThat(position.northing()).isCloseTo(northing, within(MILLIMETRE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "V equator,          31, true,  166021.443081, 0,              0,        0",
            "V 1S 1W,            30, false, 722561.736479, 9889402.027476, -1,       -1",
            "V Sydney,           56, false, 334873.199,    6252266.092,    -33.857,  151.215",
            "V Bergen,           32, true,  297508.410,    6700645.296,    60.39135, 5.3249",
            "A Alice Springs,    53, false, 386352.397753, 7381850.768886, -23.6701238944444, 133.885513288889",
    })
    void invertsReferencePointsToTheMillimetre(String place, int zone, boolean northern, double easting,
                                               double northing, double latitude, double longitude) {
        Utm.LatLon position = Utm.toLatLon(zone, northern, easting, northing);

        assertThat(position.latitude()).isCloseTo(latitude, within(MILLIMETRE_IN_DEGREES));
        assertThat(position.longitude()).isCloseTo(longitude, within(MILLIMETRE_IN_DEGREES));
    }

    @Test
    void roundsLikeThePublishedStkExample() {
        // S: 33.5 74.75 -> 43S 476779 3706747 (whole metres)
        Utm.GridPosition position = Utm.toGrid(33.5, 74.75);

        assertThat(position.zone()).isEqualTo(43);
        assertThat(position.band()).isEqualTo('S');
        assertThat(Math.round(position.easting())).isEqualTo(476779);
        assertThat(Math.round(position.northing())).isEqualTo(3706747);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "V equator at zone edge,         0,        0,         31NAA6602100000",
            "V 1N 1E,                        1,        1,         31NBB7743810597",
            "V 1S 1W,                        -1,       -1,        30MYD2256189402",
            "V Eiffel Tower,                 48.8583,  2.2945,    31UDQ4825111943",
            "V Sydney Opera House,           -33.857,  151.215,   56HLH3487352266",
            "V White House,                  38.8977,  -77.0365,  18SUJ2339407395",
            "V Rio Christ the Redeemer,      -22.9519, -43.2106,  23KPQ8346660687",
            "V Bergen,                       60.39135, 5.3249,    32VKN9750800645",
            "V IBM-02 near zone 30 east edge, 0.13,    -0.2324,   30NZF0808414385",
            "V IBM-03,                       -45.6456, 23.3545,   34GFQ8347342631",
            "V IBM-10,                       77.3450,  156.9876,  57XVF5079386116",
    })
    void formatsReferenceMgrs(String place, double latitude, double longitude, String mgrs) {
        assertThat(Utm.toMgrs(latitude, longitude, 5)).isEqualTo(mgrs);
    }

    @Test
    void truncatesMgrsToTheRequestedPrecision() {
        assertThat(Utm.toMgrs(48.8583, 2.2945, 3)).isEqualTo("31UDQ482119");
        assertThat(Utm.toMgrs(48.8583, 2.2945, 1)).isEqualTo("31UDQ41");
        assertThat(Utm.toMgrs(48.8583, 2.2945, 0)).isEqualTo("31UDQ");
    }

    @ParameterizedTest(name = "{0} lies in {3}{4}")
    @CsvSource({
            "Bamako,     12.6392, -8.0029, 29, P",
            "Kayes,      14.45,   -11.44,  29, P",
            "Gao,        16.27,   -0.04,   30, Q",
            "Tombouctou, 16.77,   -3.0,    30, Q",
            "Kidal,      18.44,   1.41,    31, Q",
            "Taoudenni,  22.68,   -3.98,   30, Q",
    })
    void placesMaliTownsInTheirZoneAndBand(String town, double latitude, double longitude, int zone, char band) {
        Utm.GridPosition position = Utm.toGrid(latitude, longitude);

        assertThat(position.zone()).isEqualTo(zone);
        assertThat(position.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}, {1} is in zone {2}")
    @CsvSource({
            "60, 4,  32",
            "75, 8,  31",
            "75, 10, 33",
            "75, 20, 33",
            "75, 22, 35",
            "75, 32, 35",
            "75, 34, 37",
            "50, 4,  31",
            "0,  -180, 1",
            "0,  180,  1",
            "0,  179.9, 60",
    })
    void choosesStandardZonesWithNorwayAndSvalbardExceptions(double latitude, double longitude, int zone) {
        // V: Norway/Svalbard cases
        assertThat(Utm.standardZone(latitude, longitude)).isEqualTo(zone);
    }

    @ParameterizedTest(name = "{0} is in band {1}")
    @CsvSource({
            "-80,     C",
            "-0.0001, M",
            "0,       N",
            "15.9999, P",
            "16,      Q",
            "23.9,    Q",
            "72,      X",
            "84,      X",
    })
    void assignsLatitudeBandsOfEightDegreesWithTwelveForX(double latitude, char band) {
        assertThat(Utm.bandOf(latitude)).isEqualTo(band);
    }

    @Test
    void refusesLatitudesOutsideUtm() {
        assertThatIllegalArgumentException().isThrownBy(() -> Utm.toGrid(84.001, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Utm.toGrid(-80.001, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Utm.toGrid(Double.NaN, 0));
    }

    @Test
    void cyclesMgrsColumnLettersEveryThreeZones() {
        assertThat(Utm.mgrsColumnLetters(1)).isEqualTo("ABCDEFGH");
        assertThat(Utm.mgrsColumnLetters(2)).isEqualTo("JKLMNPQR");
        assertThat(Utm.mgrsColumnLetters(3)).isEqualTo("STUVWXYZ");
        assertThat(Utm.mgrsColumnLetters(31)).isEqualTo("ABCDEFGH");
        assertThat(Utm.mgrsColumn(29, 'N')).hasValue(5);
        assertThat(Utm.mgrsColumn(29, 'A')).isEmpty();
    }

    @Test
    void shiftsMgrsRowLettersByFiveInEvenZones() {
        assertThat(Utm.mgrsRow(31, 'A')).hasValue(0);
        assertThat(Utm.mgrsRow(30, 'F')).hasValue(0);
        assertThat(Utm.mgrsRow(30, 'A')).hasValue(15);
        assertThat(Utm.mgrsRow(30, 'V')).hasValue(14);
        assertThat(Utm.mgrsRow(30, 'W')).isEmpty();
        assertThat(Utm.mgrsRow(30, 'I')).isEmpty();
    }

    @Test
    void resolvesTheTwoThousandKilometreNorthingCycleWithTheBand() {
        assertThat(Utm.mgrsNorthing(31, 'N', 500_000, 0, 1)).hasValue(0);
        assertThat(Utm.mgrsNorthing(31, 'Q', 500_000, 0, 1)).hasValue(2_000_000);
        assertThat(Utm.mgrsNorthing(31, 'S', 500_000, 0, 1)).hasValue(4_000_000);
        assertThat(Utm.mgrsNorthing(31, 'K', 500_000, 0, 1)).hasValue(8_000_000);
        assertThat(Utm.mgrsNorthing(31, 'P', 500_000, 0, 1)).isEmpty();
    }

    @Test
    void acceptsAnMgrsSquareThatOnlyPartlyOverlapsItsBand() {
        // Square NT of zone 29 spans about 15.4° to 16.3° N, across the P/Q boundary at 16°.
        assertThat(Utm.mgrsNorthing(29, 'P', 500_000, 1_700_000, 100_000)).hasValue(1_700_000);
        assertThat(Utm.mgrsNorthing(29, 'Q', 500_000, 1_700_000, 100_000)).hasValue(1_700_000);
        assertThat(Utm.mgrsNorthing(29, 'P', 500_000, 1_798_765, 1)).isEmpty();
    }

    // Just inside UTM, so that the inverted latitude may be projected again.
    @Property
    void projectsAndInvertsToWithinAMillimetre(@ForAll @DoubleRange(min = -79.999999, max = 83.999999) @Scale(9) double latitude,
                                               @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude) {
        Utm.GridPosition position = Utm.toGrid(latitude, longitude);

        Utm.LatLon back = Utm.toLatLon(position.zone(), position.isNorthern(), position.easting(),
                position.northing());

        assertThat(back.latitude()).isCloseTo(latitude, within(MILLIMETRE_IN_DEGREES));
        assertThat(Utm.toGrid(back.latitude(), back.longitude(), position.zone()).easting())
                .isCloseTo(position.easting(), within(MILLIMETRE));
    }

    @Property
    void keepsStandardZoneEastingsWithinTheUtmRange(@ForAll @DoubleRange(min = -80, max = 84) @Scale(9) double latitude,
                                                    @ForAll @DoubleRange(min = -180, max = 180) @Scale(9) double longitude) {
        Utm.GridPosition position = Utm.toGrid(latitude, longitude);

        assertThat(position.easting()).isBetween(Utm.MIN_EASTING, Utm.MAX_EASTING);
        assertThat(position.northing()).isBetween(0.0, Utm.MAX_NORTHING);
    }
}
