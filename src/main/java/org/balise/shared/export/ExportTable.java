package org.balise.shared.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table ready to export, checked once here so that every writer can trust it: each row has one value per
 * column, and each value has its column's type. Rows are numbered from 1 in messages, header not counted.
 *
 * @param name sheet name and base of the file name
 */
public record ExportTable(String name, List<ExportColumn> columns, List<ExportRow> rows) {

    public ExportTable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an export table needs a name");
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("export table '" + name + "' has no columns");
        }
        requireUniqueKeys(name, columns);
        for (int index = 0; index < rows.size(); index++) {
            requireFit(columns, rows.get(index), index + 1);
        }
    }

    // keys become GeoJSON property names, where a duplicate would silently hide a value
    private static void requireUniqueKeys(String name, List<ExportColumn> columns) {
        Set<String> keys = new HashSet<>();
        for (ExportColumn column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException(
                        "export table '" + name + "' has two columns with the key '" + column.key() + "'");
            }
        }
    }

    // messages name the row, column and Java type but never the value: casualty exports hold personal data
    private static void requireFit(List<ExportColumn> columns, ExportRow row, int rowNumber) {
        List<Object> values = row.values();
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("row " + rowNumber + " has " + values.size()
                    + " values but the table has " + columns.size() + " columns");
        }
        for (int index = 0; index < values.size(); index++) {
            Object value = values.get(index);
            ExportColumn column = columns.get(index);
            if (value != null && !column.type().accepts(value)) {
                throw new IllegalArgumentException("row " + rowNumber + ", column '" + column.key() + "': a "
                        + value.getClass().getSimpleName() + " is not a valid " + column.type() + " value");
            }
        }
    }
}
