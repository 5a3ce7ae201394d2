package org.balise.shared.export;

/**
 * Defence against CSV injection (OWASP): spreadsheets take a cell that begins with = + - or @, and some a cell
 * that begins with a tab or carriage return, as a formula. Text typed in the field, such as a place name
 * "=HYPERLINK(...)", would then run on the computer of whoever opens the export. A leading single quote makes
 * Excel and LibreOffice keep it as text. Numbers never pass through here: they travel as numeric values.
 */
final class FormulaInjection {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaInjection() {
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
