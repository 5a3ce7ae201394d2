package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.balise.shared.export.ExportColumn.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

class XlsxExportWriterTests {

    private static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn("reference", "Référence", null, ValueType.TEXT),
            new ExportColumn("reported", "Date de signalement", "#date+reported", ValueType.DATE),
            new ExportColumn("killed", "Tués", "#affected+killed", ValueType.INTEGER),
            new ExportColumn("latitude", "Latitude", "#geo+lat", ValueType.DECIMAL),
            new ExportColumn("cleared", "Dépolluée", null, ValueType.BOOLEAN));

    @Test
    void writesOneSheetNamedAfterTheTableWithTheHeadersInBold() throws IOException {
        try (XSSFWorkbook workbook = write(table("Zones", List.of()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Zones");
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 5);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Référence");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tués");
            assertThat(header.getCell(4).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void freezesTheHeaderRowAndFiltersEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = write(table("Zones", List.of(
                ExportRow.of("ZD-001", null, 1, null, null), ExportRow.of("ZD-002", null, 2, null, null))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
        }
    }

    @Test
    void writesNumbersAsNumbersDatesAsDatesAndNothingForMissingValues() throws IOException {
        try (XSSFWorkbook workbook = write(table("Zones", List.of(
                ExportRow.of("ZD-001", LocalDate.of(2024, 3, 5), 2, 13.4317, true),
                ExportRow.of("ZD-002", null, 3_000_000_000L, null, null))))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("ZD-001");

            XSSFCell reported = row.getCell(1);
            assertThat(reported.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(reported)).isTrue();
            assertThat(reported.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(reported.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));

            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(13.4317);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(row.getCell(4).getBooleanCellValue()).isTrue();

            XSSFRow second = workbook.getSheetAt(0).getRow(2);
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(3_000_000_000.0);
            assertThat(second.getCell(3)).isNull();
        }
    }

    @Test
    void neutralisesFormulaInjectionInTextCells() throws IOException {
        try (XSSFWorkbook workbook = write(table("Zones", List.of(
                ExportRow.of("=HYPERLINK(\"http://evil.example\",\"clic\")", null, -1, -3.5, null))))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
            assertThat(row.getCell(2).getNumericCellValue()).as("numbers are not text").isEqualTo(-1.0);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-3.5);
        }
    }

    @Test
    void sanitisesTheSheetNameToExcelRules() throws IOException {
        try (XSSFWorkbook workbook = write(table("Zones dangereuses: Mopti/Ségou [2024] et environs", List.of()))) {
            String name = workbook.getSheetName(0);
            assertThat(name).hasSizeLessThanOrEqualTo(31).startsWith("Zones dangereuses").doesNotContain(":", "/", "[");
            assertThatNoException().isThrownBy(() -> WorkbookUtil.validateSheetName(name));
        }
    }

    @Test
    @Timeout(30)
    void writesAHundredThousandRowsThatOpenWithTheRightRowCount() throws Exception {
        List<ExportRow> rows = new ArrayList<>();
        for (int index = 0; index < 100_000; index++) {
            rows.add(ExportRow.of("ZD-" + index, LocalDate.of(2020, 1, 1).plusDays(index % 1500), index,
                    12 + index / 100_000.0, index % 2 == 0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new XlsxExportWriter().write(table("Zones", rows), out);

        // read back with POI's streaming reader: the whole-sheet XSSFWorkbook needs hundreds of megabytes here
        RowCounter counter = new RowCounter();
        try (OPCPackage file = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFReader reader = new XSSFReader(file);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    reader.getSharedStringsTable(), counter, false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        assertThat(counter.rows).isEqualTo(100_001);
        assertThat(counter.lastReference).isEqualTo("ZD-99999");
    }

    private static final class RowCounter implements SheetContentsHandler {

        int rows;
        String lastReference;

        @Override
        public void startRow(int rowNum) {
            rows++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference.startsWith("A")) {
                lastReference = formattedValue;
            }
        }
    }

    @Test
    void refusesMoreRowsThanASheetHolds() {
        ExportTable tooLarge = table("Zones",
                Collections.nCopies(1_048_576, ExportRow.of("ZD-001", null, null, null, null)));

        assertThatIllegalArgumentException().isThrownBy(() -> new XlsxExportWriter().write(tooLarge,
                new ByteArrayOutputStream())).withMessageContaining("1048575");
    }

    private static ExportTable table(String name, List<ExportRow> rows) {
        return new ExportTable(name, COLUMNS, rows);
    }

    private static XSSFWorkbook write(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExportWriter().write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
