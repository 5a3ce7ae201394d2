package org.balise.education.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balise.education.EducationManagement;
import org.balise.education.EoreSession;
import org.balise.shared.PageRequest;
import org.balise.shared.export.ExportColumn;
import org.balise.shared.export.ExportColumn.ValueType;
import org.balise.shared.export.ExportRow;
import org.balise.shared.export.ExportTable;
import org.balise.shared.web.ExportColumns;
import org.balise.shared.web.ExportResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Risk education sessions exported one row per session, with beneficiaries by sex and age (no personal data). */
@Tag(name = "Risk education")
@RestController
class EducationExportController {

    private final EducationManagement education;
    private final MessageSource messages;

    EducationExportController(EducationManagement education, MessageSource messages) {
        this.education = education;
        this.messages = messages;
    }

    @Operation(summary = "Export EORE sessions: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/eore-sessions/export", "/education/export"})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = ExportColumns.join(List.of(
                columns.of("reference", "hazard.reference", "#activity+id", ValueType.TEXT),
                columns.of("date", "casualty.date", "#date", ValueType.DATE)), columns.where(), List.of(
                columns.of("team", "eore.team", "#org+team", ValueType.TEXT),
                columns.of("method", "eore.method", "#activity+method", ValueType.TEXT),
                columns.of("audience", "eore.audience", "#population+type", ValueType.TEXT),
                columns.of("language", "eore.language", "#language", ValueType.TEXT),
                columns.of("messages", "eore.messages", "#indicator+messages", ValueType.TEXT),
                columns.of("girls", "eore.girls", "#reached+f+children", ValueType.INTEGER),
                columns.of("boys", "eore.boys", "#reached+m+children", ValueType.INTEGER),
                columns.of("women", "eore.women", "#reached+f+adults", ValueType.INTEGER),
                columns.of("men", "eore.men", "#reached+m+adults", ValueType.INTEGER),
                columns.of("disabled", "eore.disabled", "#reached+disabled", ValueType.INTEGER),
                columns.of("attendance", "eore.attendance", "#reached+total", ValueType.INTEGER),
                columns.of("repeatSession", "eore.repeat", "#indicator+repeat", ValueType.BOOLEAN)));
        List<ExportRow> rows = new ArrayList<>();
        for (EoreSession s : education.sessions(new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            var where = s.location();
            var counts = s.beneficiaries();
            rows.add(new ExportRow(ExportColumns.join(Arrays.asList(s.reference(), s.date()),
                    ExportColumns.whereValues(where.adm1Pcode(), where.adm1Name(), where.adm2Pcode(), where.adm3Pcode(), where.lat(),
                            where.lon()),
                    Arrays.asList(s.team(), s.method().name(), s.audience().name(), s.language(), String.join(" ", s.messages()),
                            counts.girls(), counts.boys(), counts.women(), counts.men(), counts.disabled(), s.attendance(),
                            s.repeatSession())),
                    "{\"type\":\"Point\",\"coordinates\":[" + where.lon() + "," + where.lat() + "]}"));
        }
        return ExportResponse.of(new ExportTable("eore-sessions", header, rows), chosen);
    }
}
