package org.balise.casualty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balise.casualty.Accident;
import org.balise.casualty.CasualtyManagement;
import org.balise.casualty.Outcome;
import org.balise.casualty.Victim;
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

/**
 * Casualties exported one row per victim, always anonymised (no name, phone or date of birth, whoever asks):
 * exports leave Balise, and the log cannot follow them.
 */
@Tag(name = "Casualties")
@RestController
class CasualtyExportController {

    private final CasualtyManagement casualties;
    private final MessageSource messages;

    CasualtyExportController(CasualtyManagement casualties, MessageSource messages) {
        this.casualties = casualties;
        this.messages = messages;
    }

    @Operation(summary = "Export anonymised casualties, one row per victim: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/accidents/export", "/casualties/export"})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = ExportColumns.join(List.of(
                columns.of("accidentReference", "hazard.reference", "#event+id", ValueType.TEXT),
                columns.of("date", "casualty.date", "#date+occurred", ValueType.DATE)), columns.where(), List.of(
                columns.of("deviceCategory", "hazard.category", "#item+type", ValueType.TEXT),
                columns.of("deminingAccident", "casualty.demining", "#indicator+demining", ValueType.BOOLEAN),
                columns.of("sex", "casualty.sex", "#affected+sex", ValueType.TEXT),
                columns.of("ageGroup", "casualty.age", "#affected+age_group", ValueType.TEXT),
                columns.of("group", "casualty.group", "#affected+type", ValueType.TEXT),
                columns.of("killed", "casualty.killed", "#affected+killed", ValueType.INTEGER),
                columns.of("injured", "casualty.injured", "#affected+injured", ValueType.INTEGER),
                columns.of("activity", "casualty.activity", "#activity", ValueType.TEXT)));
        List<ExportRow> rows = new ArrayList<>();
        for (Accident a : casualties.anonymisedAccidents(new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            String point = "{\"type\":\"Point\",\"coordinates\":[" + a.lon() + "," + a.lat() + "]}";
            for (Victim v : a.victims()) {
                rows.add(new ExportRow(ExportColumns.join(Arrays.asList(a.reference(), a.date()),
                        ExportColumns.whereValues(a.adm1Pcode(), a.adm1Name(), a.adm2Pcode(), a.adm3Pcode(), a.lat(), a.lon()),
                        Arrays.asList(a.deviceCategory().name(), a.deminingAccident(), v.sex().name(), v.ageGroup().name(),
                                v.group().name(), v.outcome() == Outcome.KILLED ? 1 : 0, v.outcome() == Outcome.INJURED ? 1 : 0,
                                v.activity().name())), point));
            }
        }
        return ExportResponse.of(new ExportTable("casualties", header, rows), chosen);
    }
}
