package org.balise.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks of a request's text and date fields that name the field in each problem they add. */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** A date not in the future nor before 1900; null when absent (a problem when it is required). */
    public static LocalDate date(String text, String field, boolean required, LocalDate today, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                problems.add(new FieldProblem(field, "future-date", field + " is in the future"));
            } else if (date.getYear() < 1900) {
                problems.add(new FieldProblem(field, "too-old", field + " is before 1900"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", field + " must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** A text stripped of surrounding spaces; null when empty (a problem when required), or longer than {@code max}. */
    public static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " is required"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + max + " characters"));
            return null;
        }
        if (hasControlCharacters(text)) {
            problems.add(new FieldProblem(field, "control-characters", field + " holds control characters"));
            return null;
        }
        return text;
    }

    /**
     * Whether text holds a control character other than tab, line feed and carriage return: a NUL that PostgreSQL
     * cannot store, a bell, an escape that would reach a terminal reading the logs. Such text is never typed.
     */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
