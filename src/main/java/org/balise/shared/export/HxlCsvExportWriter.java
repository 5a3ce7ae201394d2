package org.balise.shared.export;

/**
 * CSV with the Humanitarian Exchange Language hashtag row right under the header row, where HXL tools and HDX
 * look for it. A column without a hashtag gets an empty cell.
 */
final class HxlCsvExportWriter extends CsvExportWriter {

    HxlCsvExportWriter() {
        super(true);
    }
}
