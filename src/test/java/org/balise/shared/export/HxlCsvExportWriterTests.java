package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.balise.shared.export.ExportColumn.ValueType;
import org.junit.jupiter.api.Test;

class HxlCsvExportWriterTests {

    private static final ExportTable CASUALTIES = new ExportTable("victimes",
            List.of(new ExportColumn("reference", "Référence", null, ValueType.TEXT),
                    new ExportColumn("commune", "Commune", "#adm3+name", ValueType.TEXT),
                    new ExportColumn("region", "Région", "#adm1+code", ValueType.TEXT),
                    new ExportColumn("latitude", "Latitude", "#geo+lat", ValueType.DECIMAL),
                    new ExportColumn("longitude", "Longitude", "#geo+lon", ValueType.DECIMAL),
                    new ExportColumn("reported", "Date de signalement", "#date+reported", ValueType.DATE),
                    new ExportColumn("killed", "Tués", "#affected+killed", ValueType.INTEGER),
                    new ExportColumn("injured", "Blessés", "#affected+injured", ValueType.INTEGER)),
            List.of(ExportRow.of("AC-001", "Ségou", "ML04", 13.4317, -6.2157, LocalDate.of(2024, 3, 5), 1, 4),
                    ExportRow.of("AC-002", "-=cmd", null, null, null, null, null, 0)));

    @Test
    void writesTheHashtagRowRightAfterTheHeaderRow() throws IOException {
        List<CSVRecord> records = read(write(CASUALTIES));

        assertThat(records).hasSize(4);
        assertThat(records.get(0).toList()).containsExactly(
                "Référence", "Commune", "Région", "Latitude", "Longitude", "Date de signalement", "Tués", "Blessés");
        assertThat(records.get(1).toList()).containsExactly("", "#adm3+name", "#adm1+code", "#geo+lat", "#geo+lon",
                "#date+reported", "#affected+killed", "#affected+injured");
        assertThat(records.get(2).toList())
                .containsExactly("AC-001", "Ségou", "ML04", "13.4317", "-6.2157", "2024-03-05", "1", "4");
    }

    @Test
    void startsWithAByteOrderMark() throws IOException {
        assertThat(write(CASUALTIES)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void writesMissingValuesAsEmptyCellsAndNeutralisesFormulaInjection() throws IOException {
        assertThat(read(write(CASUALTIES)).get(3).toList()).containsExactly("AC-002", "'-=cmd", "", "", "", "", "", "0");
    }

    private static byte[] write(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HxlCsvExportWriter().write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
