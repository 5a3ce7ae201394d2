package org.balise.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Reads a code sent as text (a role, a device category, a status) into its enum, naming the allowed codes when it is unknown. */
public final class Codes {

    private Codes() {
    }

    /** The enum constant, or null with a problem added when the text is missing or unknown. Case and spaces are ignored. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown-code", "'" + value + "' is not one of " + EnumSet.allOf(type)));
            return null;
        }
    }
}
