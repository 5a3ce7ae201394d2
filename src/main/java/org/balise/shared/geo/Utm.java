package org.balise.shared.geo;

import static java.lang.Math.atan;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.cosh;
import static java.lang.Math.hypot;
import static java.lang.Math.sin;
import static java.lang.Math.sinh;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * UTM and MGRS on the WGS84 ellipsoid. The projection is the Krüger series to sixth order in the third flattening, as
 * given by Karney, "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85 (2011): far better than
 * a millimetre within a zone.
 */
public final class Utm {

    public static final double MIN_LATITUDE = -80;
    public static final double MAX_LATITUDE = 84;
    public static final double MIN_EASTING = 100_000;
    public static final double MAX_EASTING = 900_000;
    public static final double MAX_NORTHING = 10_000_000;
    public static final double MGRS_SQUARE_METRES = 100_000;

    private static final double SEMI_MAJOR_AXIS = 6_378_137;
    private static final double FLATTENING = 1 / 298.257223563;
    private static final double SCALE = 0.9996;
    private static final double FALSE_EASTING = 500_000;
    private static final double FALSE_NORTHING_SOUTH = 10_000_000;
    private static final double ECCENTRICITY = Math.sqrt(FLATTENING * (2 - FLATTENING));
    private static final double N = FLATTENING / (2 - FLATTENING);
    private static final double SCALED_RECTIFYING_RADIUS =
            SCALE * SEMI_MAJOR_AXIS / (1 + N) * (1 + nPow(2) / 4 + nPow(4) / 64 + nPow(6) / 256);
    private static final double[] ALPHA = {
            N / 2 - 2 * nPow(2) / 3 + 5 * nPow(3) / 16 + 41 * nPow(4) / 180 - 127 * nPow(5) / 288 + 7891 * nPow(6) / 37800,
            13 * nPow(2) / 48 - 3 * nPow(3) / 5 + 557 * nPow(4) / 1440 + 281 * nPow(5) / 630 - 1983433 * nPow(6) / 1935360,
            61 * nPow(3) / 240 - 103 * nPow(4) / 140 + 15061 * nPow(5) / 26880 + 167603 * nPow(6) / 181440,
            49561 * nPow(4) / 161280 - 179 * nPow(5) / 168 + 6601661 * nPow(6) / 7257600,
            34729 * nPow(5) / 80640 - 3418889 * nPow(6) / 1995840,
            212378941 * nPow(6) / 319334400};
    private static final double[] BETA = {
            N / 2 - 2 * nPow(2) / 3 + 37 * nPow(3) / 96 - nPow(4) / 360 - 81 * nPow(5) / 512 + 96199 * nPow(6) / 604800,
            nPow(2) / 48 + nPow(3) / 15 - 437 * nPow(4) / 1440 + 46 * nPow(5) / 105 - 1118711 * nPow(6) / 3870720,
            17 * nPow(3) / 480 - 37 * nPow(4) / 840 - 209 * nPow(5) / 4480 + 5569 * nPow(6) / 90720,
            4397 * nPow(4) / 161280 - 11 * nPow(5) / 504 - 830251 * nPow(6) / 7257600,
            4583 * nPow(5) / 161280 - 108847 * nPow(6) / 3991680,
            20648693 * nPow(6) / 638668800};

    private static final String BANDS = "CDEFGHJKLMNPQRSTUVWX";
    private static final String[] MGRS_COLUMN_SETS = {"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
    private static final String MGRS_ROWS = "ABCDEFGHJKLMNPQRSTUV";
    private static final double MGRS_NORTHING_CYCLE = 2_000_000;
    /** About a metre: a position rounded to whole metres may fall this far outside its band. */
    private static final double BAND_TOLERANCE_DEGREES = 1e-5;

    /** A UTM position with the latitude band letter of its latitude. */
    public record GridPosition(int zone, char band, double easting, double northing) {
        public boolean isNorthern() {
            return band >= 'N';
        }
    }

    public record LatLon(double latitude, double longitude) {
    }

    private Utm() {
    }

    /** Projects into the standard zone, including the Norway and Svalbard exceptions. */
    public static GridPosition toGrid(double latitude, double longitude) {
        return toGrid(latitude, longitude, standardZone(latitude, longitude));
    }

    /** Projects into the given zone, which may be a neighbour of the standard one. */
    public static GridPosition toGrid(double latitude, double longitude, int zone) {
        requireUtmLatitude(latitude);
        requireZone(zone);
        double lambda = toRadians(normaliseLongitude(longitude - centralMeridian(zone)));
        double tauPrime = conformalTangent(Math.tan(toRadians(latitude)));
        double xiPrime = atan2(tauPrime, cos(lambda));
        double etaPrime = asinh(sin(lambda) / hypot(tauPrime, cos(lambda)));
        double xi = xiPrime;
        double eta = etaPrime;
        for (int j = 1; j <= ALPHA.length; j++) {
            xi += ALPHA[j - 1] * sin(2 * j * xiPrime) * cosh(2 * j * etaPrime);
            eta += ALPHA[j - 1] * cos(2 * j * xiPrime) * sinh(2 * j * etaPrime);
        }
        char band = bandOf(latitude);
        double falseNorthing = band >= 'N' ? 0 : FALSE_NORTHING_SOUTH;
        return new GridPosition(zone, band,
                FALSE_EASTING + SCALED_RECTIFYING_RADIUS * eta,
                falseNorthing + SCALED_RECTIFYING_RADIUS * xi);
    }

    public static LatLon toLatLon(int zone, boolean northern, double easting, double northing) {
        requireZone(zone);
        double eta = (easting - FALSE_EASTING) / SCALED_RECTIFYING_RADIUS;
        double xi = (northern ? northing : northing - FALSE_NORTHING_SOUTH) / SCALED_RECTIFYING_RADIUS;
        double xiPrime = xi;
        double etaPrime = eta;
        for (int j = 1; j <= BETA.length; j++) {
            xiPrime -= BETA[j - 1] * sin(2 * j * xi) * cosh(2 * j * eta);
            etaPrime -= BETA[j - 1] * cos(2 * j * xi) * sinh(2 * j * eta);
        }
        double sinhEtaPrime = sinh(etaPrime);
        double cosXiPrime = cos(xiPrime);
        double tauPrime = sin(xiPrime) / hypot(sinhEtaPrime, cosXiPrime);
        double latitude = toDegrees(atan(geodeticTangent(tauPrime)));
        double longitude = centralMeridian(zone) + toDegrees(atan2(sinhEtaPrime, cosXiPrime));
        return new LatLon(latitude, normaliseLongitude(longitude));
    }

    public static int standardZone(double latitude, double longitude) {
        double lon = normaliseLongitude(longitude);
        int zone = (int) Math.floor((lon + 180) / 6) + 1;
        if (latitude >= 56 && latitude < 64 && lon >= 3 && lon < 12) {
            return 32;
        }
        if (latitude >= 72 && zone >= 31 && zone <= 37) {
            return svalbardZone(lon);
        }
        return zone;
    }

    public static boolean isBand(char letter) {
        return BANDS.indexOf(letter) >= 0;
    }

    public static char bandOf(double latitude) {
        requireUtmLatitude(latitude);
        int index = Math.min((int) Math.floor((latitude - MIN_LATITUDE) / 8), BANDS.length() - 1);
        return BANDS.charAt(index);
    }

    public static double bandSouthEdge(char band) {
        return MIN_LATITUDE + 8 * bandIndex(band);
    }

    public static double bandNorthEdge(char band) {
        return band == 'X' ? MAX_LATITUDE : bandSouthEdge(band) + 8;
    }

    /** True when the latitude lies in the band, allowing for positions rounded to the metre. */
    public static boolean isInBand(double latitude, char band) {
        return latitude >= bandSouthEdge(band) - BAND_TOLERANCE_DEGREES
                && latitude <= bandNorthEdge(band) + BAND_TOLERANCE_DEGREES;
    }

    /** The MGRS reference of the square, of 10^(5 - digits) metres, that holds the position: {@code 29PNT5234598765}. */
    public static String toMgrs(double latitude, double longitude, int digitsPerAxis) {
        if (digitsPerAxis < 0 || digitsPerAxis > 5) {
            throw new IllegalArgumentException("MGRS uses 0 to 5 digits per axis, not " + digitsPerAxis);
        }
        GridPosition position = toGrid(latitude, longitude);
        int column = (int) Math.floor(position.easting() / MGRS_SQUARE_METRES);
        int row = (int) Math.floor(position.northing() / MGRS_SQUARE_METRES);
        char columnLetter = mgrsColumnLetters(position.zone()).charAt(column - 1);
        char rowLetter = MGRS_ROWS.charAt(Math.floorMod(row + rowOffset(position.zone()), MGRS_ROWS.length()));
        return String.format(Locale.ROOT, "%d%c%c%c", position.zone(), position.band(), columnLetter, rowLetter)
                + truncatedDigits(position.easting(), digitsPerAxis)
                + truncatedDigits(position.northing(), digitsPerAxis);
    }

    /** The easting, in units of 100 km, that an MGRS column letter stands for in this zone (1 to 8). */
    public static OptionalInt mgrsColumn(int zone, char letter) {
        int index = mgrsColumnLetters(zone).indexOf(letter);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    /** The eight column letters of a zone's 100 km squares, west to east: the set repeats every three zones. */
    public static String mgrsColumnLetters(int zone) {
        requireZone(zone);
        return MGRS_COLUMN_SETS[(zone - 1) % 3];
    }

    /** The northing, in units of 100 km within the 2,000 km cycle, that an MGRS row letter stands for (0 to 19). */
    public static OptionalInt mgrsRow(int zone, char letter) {
        requireZone(zone);
        int index = MGRS_ROWS.indexOf(letter);
        return index < 0 ? OptionalInt.empty()
                : OptionalInt.of(Math.floorMod(index - rowOffset(zone), MGRS_ROWS.length()));
    }

    /**
     * The full northing of a square whose northing is known only within the 2,000 km cycle: the one whose square
     * overlaps the latitude band, if any.
     */
    public static OptionalDouble mgrsNorthing(int zone, char band, double easting, double northingInCycle,
                                              double squareSize) {
        boolean northern = band >= 'N';
        for (double northing = northingInCycle; northing <= MAX_NORTHING; northing += MGRS_NORTHING_CYCLE) {
            double southLatitude = Math.min(latitudeAt(zone, northern, easting, northing),
                    latitudeAt(zone, northern, easting + squareSize, northing));
            double northLatitude = Math.max(latitudeAt(zone, northern, easting, northing + squareSize),
                    latitudeAt(zone, northern, easting + squareSize, northing + squareSize));
            if (northLatitude >= bandSouthEdge(band) - BAND_TOLERANCE_DEGREES
                    && southLatitude <= bandNorthEdge(band) + BAND_TOLERANCE_DEGREES) {
                return OptionalDouble.of(northing);
            }
        }
        return OptionalDouble.empty();
    }

    /** Lines of equal northing bend south away from the central meridian, so corners bound a square's latitudes. */
    private static double latitudeAt(int zone, boolean northern, double easting, double northing) {
        return toLatLon(zone, northern, easting, northing).latitude();
    }

    private static String truncatedDigits(double metres, int digits) {
        if (digits == 0) {
            return "";
        }
        long withinSquare = (long) Math.floor(metres) % (long) MGRS_SQUARE_METRES;
        long truncated = withinSquare / (long) Math.pow(10, 5 - digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", truncated);
    }

    private static int rowOffset(int zone) {
        return zone % 2 == 0 ? 5 : 0;
    }

    private static int svalbardZone(double longitude) {
        if (longitude < 9) {
            return 31;
        }
        if (longitude < 21) {
            return 33;
        }
        return longitude < 33 ? 35 : 37;
    }

    private static int bandIndex(char band) {
        int index = BANDS.indexOf(band);
        if (index < 0) {
            throw new IllegalArgumentException("Not a UTM latitude band: " + band);
        }
        return index;
    }

    private static double centralMeridian(int zone) {
        return zone * 6 - 183;
    }

    /** Wraps into [-180, 180). */
    private static double normaliseLongitude(double longitude) {
        return ((longitude + 180) % 360 + 360) % 360 - 180;
    }

    /** tan χ of the conformal latitude χ, from tan φ of the geodetic latitude (Karney 2011, eq. 7–9). */
    private static double conformalTangent(double tau) {
        double sigma = sinh(ECCENTRICITY * atanh(ECCENTRICITY * tau / hypot(1, tau)));
        return tau * hypot(1, sigma) - sigma * hypot(1, tau);
    }

    /** Inverts {@link #conformalTangent} by Newton's method (Karney 2011, eq. 19–21); converges in a few steps. */
    private static double geodeticTangent(double tauPrime) {
        double oneMinusE2 = 1 - ECCENTRICITY * ECCENTRICITY;
        double tau = tauPrime;
        for (int i = 0; i < 8; i++) {
            double estimate = conformalTangent(tau);
            tau += (tauPrime - estimate) / hypot(1, estimate)
                    * (1 + oneMinusE2 * tau * tau) / (oneMinusE2 * hypot(1, tau));
        }
        return tau;
    }

    private static double asinh(double x) {
        double magnitude = Math.abs(x);
        return Math.copySign(Math.log1p(magnitude + magnitude * magnitude / (1 + hypot(1, magnitude))), x);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }

    /** Powers of the third flattening n, in which the Krüger series are written. */
    private static double nPow(int exponent) {
        return Math.pow(N, exponent);
    }

    private static void requireUtmLatitude(double latitude) {
        if (!(latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE)) {
            throw new IllegalArgumentException("UTM covers latitudes 80°S to 84°N, not " + latitude);
        }
    }

    private static void requireZone(int zone) {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zones run from 1 to 60, not " + zone);
        }
    }
}
