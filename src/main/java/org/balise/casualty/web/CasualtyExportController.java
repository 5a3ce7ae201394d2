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
import org.balise.shared.web.ExportResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
        List<ExportColumn> columns = List.of(
                column("accidentReference", "hazard.reference", "#event+id", ValueType.TEXT),
                column("date", "casualty.date", "#date+occurred", ValueType.DATE),
                column("adm1Code", "geo.adm1", "#adm1+code", ValueType.TEXT),
                column("adm1Name", "geo.adm1", "#adm1+name", ValueType.TEXT),
                column("adm2Code", "geo.adm2", "#adm2+code", ValueType.TEXT),
                column("adm3Code", "geo.adm3", "#adm3+code", ValueType.TEXT),
                column("lat", "casualty.lat", "#geo+lat", ValueType.DECIMAL),
                column("lon", "casualty.lon", "#geo+lon", ValueType.DECIMAL),
                column("deviceCategory", "hazard.category", "#item+type", ValueType.TEXT),
                column("deminingAccident", "casualty.demining", "#indicator+demining", ValueType.BOOLEAN),
                column("sex", "casualty.sex", "#affected+sex", ValueType.TEXT),
                column("ageGroup", "casualty.age", "#affected+age_group", ValueType.TEXT),
                column("group", "casualty.group", "#affected+type", ValueType.TEXT),
                column("killed", "casualty.killed", "#affected+killed", ValueType.INTEGER),
                column("injured", "casualty.injured", "#affected+injured", ValueType.INTEGER),
                column("activity", "casualty.activity", "#activity", ValueType.TEXT));
        List<ExportRow> rows = new ArrayList<>();
        for (Accident a : casualties.accidents(new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            String point = "{\"type\":\"Point\",\"coordinates\":[" + a.lon() + "," + a.lat() + "]}";
            for (Victim v : a.victims()) {
                rows.add(new ExportRow(Arrays.asList(a.reference(), a.date(), a.adm1Pcode(), a.adm1Name(), a.adm2Pcode(),
                        a.adm3Pcode(), a.lat(), a.lon(), a.deviceCategory().name(), a.deminingAccident(), v.sex().name(),
                        v.ageGroup().name(), v.group().name(), v.outcome() == Outcome.KILLED ? 1 : 0,
                        v.outcome() == Outcome.INJURED ? 1 : 0, v.activity().name()), point));
            }
        }
        return ExportResponse.of(new ExportTable("casualties", columns, rows), chosen);
    }

    private ExportColumn column(String key, String header, String hxl, ValueType type) {
        return new ExportColumn(key, messages.getMessage(header, null, key, LocaleContextHolder.getLocale()), hxl, type);
    }
}
