package org.balise.shared.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table in one format. Writers hold no state and may be shared. */
public interface ExportWriter {

    /** Writes the table and flushes, leaving the stream open: it belongs to the caller. */
    void write(ExportTable table, OutputStream out) throws IOException;

    static ExportWriter of(ExportFormat format) {
        return switch (format) {
            case CSV -> new CsvExportWriter();
            case HXL -> new HxlCsvExportWriter();
            case XLSX -> new XlsxExportWriter();
            case GEOJSON -> new GeoJsonExportWriter();
        };
    }
}
