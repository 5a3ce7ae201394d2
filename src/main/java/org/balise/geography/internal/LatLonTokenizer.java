package org.balise.geography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.balise.geography.internal.LatLonToken.Kind;

/** Cuts normalised (upper-case, single-spaced) text into {@link LatLonToken}s. */
final class LatLonTokenizer {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");

    private LatLonTokenizer() {
    }

    static List<LatLonToken> tokenize(String text) {
        List<LatLonToken> tokens = new ArrayList<>();
        boolean afterSpace = false;
        int start = 0;
        while (start < text.length()) {
            if (text.charAt(start) == ' ') {
                afterSpace = true;
                start++;
                continue;
            }
            int end = isNumeric(text.charAt(start)) ? numberEnd(text, start) : start + 1;
            String piece = text.substring(start, end);
            tokens.add(new LatLonToken(kindOf(piece, text, start, afterSpace, tokens), piece, start, afterSpace));
            afterSpace = false;
            start = end;
        }
        return tokens;
    }

    private static boolean isNumeric(char c) {
        return c == '.' || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int numberEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isNumeric(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static Kind kindOf(String piece, String text, int start, boolean afterSpace, List<LatLonToken> before) {
        return switch (piece) {
            case "-", "+" -> Kind.SIGN;
            case "°", "D" -> Kind.DEGREE;
            case "'", "M" -> Kind.MINUTE;
            case "\"" -> Kind.SECOND;
            case "S" -> closesLetterSeconds(afterSpace, before) ? Kind.SECOND : Kind.HEMISPHERE;
            case "E" -> isExponent(text, start) ? Kind.UNKNOWN : Kind.HEMISPHERE;
            case "N", "W", "O" -> Kind.HEMISPHERE;
            case ",", ";" -> Kind.SEPARATOR;
            default -> NUMBER.matcher(piece).matches() ? Kind.NUMBER : Kind.UNKNOWN;
        };
    }

    /** In 14D27M06S the S marks seconds: it directly follows the number after a letter M. */
    private static boolean closesLetterSeconds(boolean afterSpace, List<LatLonToken> before) {
        int size = before.size();
        return !afterSpace && size >= 2
                && before.get(size - 1).is(Kind.NUMBER)
                && before.get(size - 2).text().equals("M");
    }

    /** 1E4 and 1E-4 are exponent notation, which must never be read as east. */
    private static boolean isExponent(String text, int index) {
        if (index == 0 || !isDigit(text.charAt(index - 1))) {
            return false;
        }
        int exponentStart = index + 1 < text.length() && "+-".indexOf(text.charAt(index + 1)) >= 0 ? index + 2 : index + 1;
        return exponentStart < text.length() && isDigit(text.charAt(exponentStart));
    }
}
