package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.balise.shared.export.ExportColumn.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportWriterTests {

    private static final ExportTable TABLE = new ExportTable("zones",
            List.of(new ExportColumn("reference", "Référence", null, ValueType.TEXT)),
            List.of(ExportRow.of("ZD-001")));

    @Test
    void givesTheWriterOfEachFormat() {
        assertThat(ExportWriter.of(ExportFormat.CSV)).isExactlyInstanceOf(CsvExportWriter.class);
        assertThat(ExportWriter.of(ExportFormat.HXL)).isExactlyInstanceOf(HxlCsvExportWriter.class);
        assertThat(ExportWriter.of(ExportFormat.XLSX)).isExactlyInstanceOf(XlsxExportWriter.class);
        assertThat(ExportWriter.of(ExportFormat.GEOJSON)).isExactlyInstanceOf(GeoJsonExportWriter.class);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void flushesButLeavesTheCallersStreamOpen(ExportFormat format) throws IOException {
        TrackingStream out = new TrackingStream();

        ExportWriter.of(format).write(TABLE, out);

        assertThat(out.size()).isPositive();
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void reportsAFailingStreamAsAnIOException(ExportFormat format) {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> ExportWriter.of(format).write(TABLE, broken)).isInstanceOf(IOException.class);
    }

    private static final class TrackingStream extends ByteArrayOutputStream {

        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
