package org.balise.shared.web;

import java.time.LocalDate;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.export.ExportFormat;
import org.balise.shared.export.ExportTable;
import org.balise.shared.export.ExportWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Sends an export table as a download in the format asked for, named after the table and the day. */
public final class ExportResponse {

    private ExportResponse() {
    }

    public static ExportFormat format(String name) {
        return ExportFormat.parse(name).orElseThrow(() -> new ProblemException(ProblemType.INVALID_PARAMETER,
                "format must be csv, xlsx, geojson or hxl, not '" + name + "'"));
    }

    public static ResponseEntity<StreamingResponseBody> of(ExportTable table, ExportFormat format) {
        String fileName = table.name() + "-" + LocalDate.now() + "." + format.extension();
        StreamingResponseBody body = out -> ExportWriter.of(format).write(table, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(body);
    }
}
