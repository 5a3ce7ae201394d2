package org.balise.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of one sheet named after the table: bold header row kept in view, a filter on every column,
 * numbers and dates as real numbers and dates. Written with SXSSF, which keeps only a window of rows in memory
 * and spills the rest to a compressed temporary file, so that 100,000 rows cost little heap.
 */
final class XlsxExportWriter implements ExportWriter {

    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    // in characters; the minimum fits a yyyy-mm-dd date beside the filter button, which Excel would show as ####
    private static final int MIN_COLUMN_WIDTH = 12;
    private static final int FILTER_BUTTON_WIDTH = 4;
    private static final int MAX_COLUMN_WIDTH = 60;

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        if (table.rows().size() > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("a sheet holds at most " + MAX_DATA_ROWS + " rows under its header; '"
                    + table.name() + "' has " + table.rows().size());
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            writeHeader(sheet, table.columns(), headerStyle(workbook));
            CellStyle dateStyle = dateStyle(workbook);
            int rowIndex = 1;
            for (ExportRow row : table.rows()) {
                writeRow(sheet.createRow(rowIndex++), row, dateStyle);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.columns().size() - 1));
            workbook.write(out);
        }
        out.flush();
    }

    // widths come from the headers: SXSSF cannot autosize from values it has already spilled to disk
    private static void writeHeader(SXSSFSheet sheet, List<ExportColumn> columns, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int index = 0; index < columns.size(); index++) {
            String header = columns.get(index).header();
            Cell cell = row.createCell(index);
            cell.setCellValue(FormulaInjection.neutralise(header));
            cell.setCellStyle(style);
            int width = Math.clamp(header.length() + FILTER_BUTTON_WIDTH, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
            sheet.setColumnWidth(index, width * 256); // in 1/256 of a character
        }
    }

    // a missing value gets no cell at all, which Excel shows empty and filters as "(Blanks)"
    private static void writeRow(Row sheetRow, ExportRow row, CellStyle dateStyle) {
        List<Object> values = row.values();
        for (int index = 0; index < values.size(); index++) {
            if (values.get(index) != null) {
                writeCell(sheetRow.createCell(index), values.get(index), dateStyle);
            }
        }
    }

    private static void writeCell(Cell cell, Object value, CellStyle dateStyle) {
        switch (value) {
            case String text -> cell.setCellValue(FormulaInjection.neutralise(text));
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag);
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            default -> throw new IllegalStateException(
                    "ExportTable lets no " + value.getClass().getSimpleName() + " through");
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    private static CellStyle dateStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }
}
