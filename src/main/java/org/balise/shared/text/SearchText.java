package org.balise.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching: lower case, no accents, punctuation as single spaces. Stored beside names so that
 * "segou" finds "Ségou" on H2 and PostgreSQL alike (H2 has no unaccent).
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('œ', 'o').replace('æ', 'a').replace('ß', 's');
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }

    /** Escapes LIKE wildcards so that user text matches literally (used with ESCAPE '\'). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
