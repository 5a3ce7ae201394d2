package org.balise.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8. Dates are ISO (yyyy-MM-dd) and decimals use a dot in every language, so that a file
 * reads the same in Bamako and in Geneva and in any tool.
 */
sealed class CsvExportWriter implements ExportWriter permits HxlCsvExportWriter {

    // without a byte order mark Excel reads UTF-8 as the Windows code page and shows "Ségou" as "SÃ©gou"
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final boolean hashtagRow;

    CsvExportWriter() {
        this(false);
    }

    CsvExportWriter(boolean hashtagRow) {
        this.hashtagRow = hashtagRow;
    }

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        // flushed, never closed: closing the printer would close the caller's stream
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(table.columns().stream().map(column -> FormulaInjection.neutralise(column.header())));
        if (hashtagRow) {
            csv.printRecord(table.columns().stream().map(ExportColumn::hxl));
        }
        for (ExportRow row : table.rows()) {
            csv.printRecord(row.values().stream().map(CsvExportWriter::cell));
        }
        csv.flush();
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> FormulaInjection.neutralise(text);
            case LocalDate date -> date.toString();
            // Double.toString writes ten million as 1.0E7, which spreadsheets and HXL tools may read as text
            case Double number -> BigDecimal.valueOf(number).toPlainString();
            default -> value.toString();
        };
    }
}
