package org.balise.shared.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of an export: its values in column order and, for the GeoJSON export, its geometry.
 *
 * @param values one per column: String, Integer or Long, Double, LocalDate, Boolean, or null for no value
 * @param geometryGeoJson an RFC 7946 geometry as JSON text, or null when the row has no place on the map
 */
public record ExportRow(List<Object> values, String geometryGeoJson) {

    public ExportRow {
        Objects.requireNonNull(values, "values");
        // not List.copyOf, which refuses the nulls that stand for missing values
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A row without geometry. */
    public static ExportRow of(Object... values) {
        return new ExportRow(Arrays.asList(values), null);
    }
}
