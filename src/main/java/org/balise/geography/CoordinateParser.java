package org.balise.geography;

import java.util.List;
import java.util.Locale;
import org.balise.geography.internal.GridReferenceReader;
import org.balise.geography.internal.LatLonReader;

/**
 * Reads a position typed or pasted by a person into WGS84 latitude and longitude. It never throws: every problem is
 * reported in the returned {@link ParsedCoordinate}.
 *
 * <h2>Notations</h2>
 * <ul>
 *   <li>Decimal degrees: {@code 14.45, -11.43}, {@code 14.45 -11.43}, {@code 14.45;-11.43}, {@code 14.45N 11.43W},
 *       {@code N14.45 W11.43}, {@code 11.43W 14.45N}. Latitude comes first unless hemisphere letters say otherwise.</li>
 *   <li>Degrees, minutes and seconds, or degrees and decimal minutes: {@code 14°27'06"N 11°26'W} (Unicode primes,
 *       typographic quotes and {@code º} too), {@code N14 27.1 W11 26.0}, {@code 14 27 06 N, 11 26 00 W},
 *       {@code 14d27m06sN 11d26m0sW}.</li>
 *   <li>UTM on WGS84: {@code 29P 452345 1598765}, {@code 29 P 452345 1598765}, {@code 30Q 245000E 1820000N},
 *       {@code 29P 452345mE 1598765mN}.</li>
 *   <li>MGRS on WGS84: {@code 29PKR3695398893}, {@code 29P KR 36953 98893}, 0 to 5 digits per axis.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Hemisphere letters are N, S, E, W, and O (French <i>ouest</i>) for west. A minus sign with N or E, or a plus
 *       sign with S or W, is {@link CoordinateProblem#CONFLICTING_HEMISPHERE}; a minus sign with S or W is redundant and
 *       read as south or west. Two latitude (or two longitude) letters are {@link CoordinateProblem#DUPLICATE_AXIS}.</li>
 *   <li>Where the latitude ends and the longitude begins is decided by a comma or semicolon, a sign, hemisphere
 *       letters or a space; bare numbers are split into two halves of equal shape ({@code 14 27 11 26}). Without a
 *       space, only a sign or a hemisphere letter can end the first value, so {@code 2°6} is one angle, not two.
 *       When several readings remain ({@code 14.45 N 11.43}) the text is {@link CoordinateProblem#UNRECOGNISED}.</li>
 *   <li>Decimal commas: a comma between two digits may be a decimal comma or the separator. Both readings are tried;
 *       the one that yields a coordinate wins ({@code 14,45 -11,43} and {@code 14,45;-11,43} are 14.45, -11.43;
 *       {@code 14,45} is 14, 45). When both readings yield different coordinates ({@code 14,5 11}) the result is
 *       {@link CoordinateProblem#AMBIGUOUS_DECIMAL_COMMA}.</li>
 *   <li>The letters d and m mark degrees and minutes; s marks seconds only directly after the number that follows an
 *       m ({@code 14d27m06s}); anywhere else S means south. An E between a digit and a number ({@code 1e4},
 *       {@code 1E-5}) is refused, so that exponent notation is never read as east.</li>
 *   <li>UTM: the letter after the zone is a latitude band, checked against the computed latitude
 *       ({@link CoordinateProblem#BAND_MISMATCH}). Two exceptions name a hemisphere instead, without a band check:
 *       N always means the northern hemisphere (band N is north of the equator anyway, and devices often write the
 *       hemisphere), and S means the southern hemisphere only when separated from the zone by a space
 *       ({@code 29 S 452345 6598765}); attached ({@code 30S}) it is band S, 32° to 40° north. Eastings must lie
 *       within 100,000–900,000 m and northings within 0–10,000,000 m. A text is read as UTM only when the easting or
 *       the northing has at least four integer digits, so {@code 14N 11 26} stays a latitude and longitude.</li>
 *   <li>MGRS: the digits are split in half (or given as two equal groups); the reference names the south-west corner
 *       of its square, as MGRS truncates rather than rounds, so {@code 29PKR369988} returns the corner of a 100 m
 *       square. The northing's 2,000 km cycle is resolved with the latitude band; the square only has to overlap the
 *       band, so {@code 29PNT5234598765}, a point at 16.27° N in a square across 16°, is a
 *       {@link CoordinateProblem#BAND_MISMATCH} (band Q). Polar (UPS) references are not read.</li>
 *   <li>Exponent notation, NaN and infinity are not numbers here; decimal marks other than point and comma are not
 *       read. Inputs longer than {@value #MAX_LENGTH} characters, spaces included, are
 *       {@link CoordinateProblem#TOO_LONG}.</li>
 * </ul>
 */
public final class CoordinateParser {

    public static final int MAX_LENGTH = 200;

    private CoordinateParser() {
    }

    public static ParsedCoordinate parse(String text) {
        if (text == null) {
            return refused(CoordinateProblem.EMPTY, "No coordinate was entered.");
        }
        if (text.length() > MAX_LENGTH) {
            return refused(CoordinateProblem.TOO_LONG,
                    "The text has " + text.length() + " characters; at most " + MAX_LENGTH + " are read.");
        }
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return refused(CoordinateProblem.EMPTY, "No coordinate was entered.");
        }
        return GridReferenceReader.read(normalised).orElseGet(() -> LatLonReader.read(normalised));
    }

    private static ParsedCoordinate refused(CoordinateProblem problem, String detail) {
        return new ParsedCoordinate(Double.NaN, Double.NaN, null, List.of(problem), detail);
    }

    /** Upper case, ASCII look-alikes for typographic symbols, single spaces. */
    private static String normalise(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            plain.append(plainEquivalent(text.charAt(i)));
        }
        return plain.toString()
                .replace("''", "\"")
                .replaceAll(" +", " ")
                .strip()
                .toUpperCase(Locale.ROOT);
    }

    private static char plainEquivalent(char c) {
        return switch (c) {
            case 'º', '˚' -> '°';
            case '′', '’', '‘', '´', 'ʹ', '`' -> '\'';
            case '″', '“', '”', 'ʺ' -> '"';
            case '−', '‐', '‑', '‒', '–' -> '-';
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        };
    }
}
