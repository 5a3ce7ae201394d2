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

class CsvExportWriterTests {

    private static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn("reference", "Référence", null, ValueType.TEXT),
            new ExportColumn("place", "Localité", "#loc+name", ValueType.TEXT),
            new ExportColumn("longitude", "Longitude", "#geo+lon", ValueType.DECIMAL),
            new ExportColumn("reported", "Date de signalement", "#date+reported", ValueType.DATE),
            new ExportColumn("killed", "Tués", "#affected+killed", ValueType.INTEGER),
            new ExportColumn("cleared", "Dépolluée", null, ValueType.BOOLEAN));

    @Test
    void startsWithAByteOrderMarkSoThatExcelReadsUtf8() throws IOException {
        byte[] bytes = write(table(List.of()));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void writesTheHeadersInTheUsersLanguage() throws IOException {
        Csv csv = read(write(table(List.of())));

        assertThat(csv.rows()).isEmpty();
        assertThat(csv.headers())
                .containsExactly("Référence", "Localité", "Longitude", "Date de signalement", "Tués", "Dépolluée");
    }

    @Test
    void writesDatesInIsoFormatAndNumbersWithADot() throws IOException {
        List<CSVRecord> rows = read(write(table(List.of(
                ExportRow.of("ZD-001", "Ségou", -6.2157, LocalDate.of(2024, 3, 5), 2, true),
                ExportRow.of("ZD-002", "Mopti", 12345678.9, LocalDate.of(2023, 12, 31), 3_000_000_000L, false))))).rows();

        assertThat(rows.get(0).toList()).containsExactly("ZD-001", "Ségou", "-6.2157", "2024-03-05", "2", "true");
        assertThat(rows.get(1).toList())
                .containsExactly("ZD-002", "Mopti", "12345678.9", "2023-12-31", "3000000000", "false");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoThatTheyReadBackUnchanged() throws IOException {
        String place = "Kona, \"quartier Nord\"\nprès du marché";
        byte[] bytes = write(table(List.of(ExportRow.of("ZD-003", place, null, null, null, null))));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"Kona, \"\"quartier Nord\"\"\nprès du marché\"");
        assertThat(read(bytes).rows().getFirst().get("Localité")).isEqualTo(place);
    }

    @Test
    void writesMissingValuesAsEmptyCells() throws IOException {
        CSVRecord row = read(write(table(List.of(ExportRow.of("ZD-004", null, null, null, null, null))))).rows().getFirst();

        assertThat(row.toList()).containsExactly("ZD-004", "", "", "", "", "");
    }

    @Test
    void endsRecordsWithCrLfAsRfc4180Says() throws IOException {
        String text = new String(write(table(List.of(ExportRow.of("ZD-005", "Bla", null, null, null, null)))),
                StandardCharsets.UTF_8);

        assertThat(text).endsWith("ZD-005,Bla,,,,\r\n");
    }

    @Test
    void neutralisesFormulaInjectionInTextCells() throws IOException {
        CSVRecord row = read(write(table(List.of(
                ExportRow.of("=HYPERLINK(\"http://evil.example\",\"clic\")", "@SUM(A1)", -3.5, null, -1, null)))))
                .rows().getFirst();

        assertThat(row.get("Référence")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
        assertThat(row.get("Localité")).isEqualTo("'@SUM(A1)");
        assertThat(row.get("Longitude")).as("numbers are not text").isEqualTo("-3.5");
        assertThat(row.get("Tués")).isEqualTo("-1");
    }

    @Test
    void writesNoHashtagRow() throws IOException {
        List<CSVRecord> rows = read(write(table(List.of(ExportRow.of("ZD-001", "Ségou", null, null, null, null)))))
                .rows();

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("Référence")).isEqualTo("ZD-001");
    }

    private static ExportTable table(List<ExportRow> rows) {
        return new ExportTable("zones-dangereuses", COLUMNS, rows);
    }

    private static byte[] write(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExportWriter().write(table, out);
        return out.toByteArray();
    }

    private record Csv(List<String> headers, List<CSVRecord> rows) {
    }

    /** Reads the file as a careful consumer would: byte order mark skipped, RFC 4180, first record as headers. */
    private static Csv read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().get();
        try (CSVParser parser = CSVParser.parse(text.substring(1), format)) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        }
    }
}
