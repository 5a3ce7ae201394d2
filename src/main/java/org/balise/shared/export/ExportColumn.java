package org.balise.shared.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One column of an export. The key names the column for machines (GeoJSON properties) and is the same in every
 * language; the header is what people read, already translated by the caller.
 *
 * @param key stable English identifier, such as "reference"
 * @param header column title in the user's language
 * @param hxl HXL hashtag with its attributes, such as "#adm1+code", or null when the column has none
 * @param type what the column's values are, which decides how each format writes them
 */
public record ExportColumn(String key, String header, String hxl, ValueType type) {

    public enum ValueType {
        TEXT, INTEGER, DECIMAL, DATE, BOOLEAN;

        /** Whether a non-null value may stand in a column of this type. */
        boolean accepts(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case INTEGER -> value instanceof Integer || value instanceof Long;
                // NaN and infinities have no JSON form and no meaning in a spreadsheet
                case DECIMAL -> value instanceof Double number && Double.isFinite(number);
                case DATE -> value instanceof LocalDate;
                case BOOLEAN -> value instanceof Boolean;
            };
        }
    }

    public ExportColumn {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an export column needs a key");
        }
        Objects.requireNonNull(header, () -> "column '" + key + "' needs a header");
        Objects.requireNonNull(type, () -> "column '" + key + "' needs a value type");
        if (hxl != null && !hxl.startsWith("#")) {
            throw new IllegalArgumentException("the HXL hashtag of column '" + key + "' must start with '#'");
        }
    }
}
