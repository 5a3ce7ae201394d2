package org.balise.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balise.community.CfpReport;
import org.balise.community.CfpReportManagement;
import org.balise.community.CfpReportManagement.ReportQuery;
import org.balise.community.CommunityManagement;
import org.balise.community.FocalPoint;
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
 * Focal points and community reports as CSV, XLSX, GeoJSON or HXL. Names and phone numbers are columns only
 * for readers who may see personal data (and reading them is audited); for others the columns do not exist.
 */
@Tag(name = "Community focal points")
@RestController
class CommunityExportController {

    private final CommunityManagement community;
    private final CfpReportManagement reports;
    private final MessageSource messages;

    CommunityExportController(CommunityManagement community, CfpReportManagement reports, MessageSource messages) {
        this.community = community;
        this.reports = reports;
        this.messages = messages;
    }

    @Operation(summary = "Export focal points: format=csv|xlsx|geojson|hxl; positions are the communities'")
    @GetMapping({"/api/v1/focal-points/export", "/community/focal-points/export"})
    ResponseEntity<StreamingResponseBody> focalPoints(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        boolean personal = CommunityManagement.maySeePersonalData();
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = ExportColumns.join(
                List.of(columns.of("reference", "cfp.reference", "#contact+id", ValueType.TEXT)),
                personal ? List.of(columns.of("name", "cfp.name", "#contact+name", ValueType.TEXT),
                        columns.of("phone", "cfp.phone", "#contact+phone", ValueType.TEXT)) : List.of(),
                List.of(columns.of("sex", "cfp.sex", "#contact+sex", ValueType.TEXT),
                        columns.of("ageBand", "cfp.age-band", "#contact+age", ValueType.TEXT),
                        columns.of("profile", "cfp.profile", "#contact+type", ValueType.TEXT),
                        columns.of("placePcode", "cfp.place-pcode", "#loc+code", ValueType.TEXT),
                        columns.of("placeName", "cfp.place", "#loc+name", ValueType.TEXT)),
                columns.where(),
                List.of(columns.of("languages", "cfp.languages", "#language", ValueType.TEXT),
                        columns.of("joinedOn", "cfp.joined", "#date+start", ValueType.DATE),
                        columns.of("status", "cfp.status", "#status", ValueType.TEXT),
                        columns.of("lastTraining", "cfp.last-training", "#date+trained", ValueType.DATE),
                        columns.of("refresherDue", "cfp.refresher-due", "#date+due", ValueType.DATE)));
        List<ExportRow> rows = new ArrayList<>();
        for (FocalPoint p : community.focalPoints(new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            rows.add(new ExportRow(ExportColumns.join(Arrays.asList(p.reference()),
                    personal ? Arrays.asList(p.name(), p.phone()) : List.of(),
                    Arrays.asList(p.sex(), p.ageBand().name(), p.profile().name(), p.placePcode(), p.placeName()),
                    ExportColumns.whereValues(p.adm1Pcode(), p.adm1Name(), null, p.adm3Pcode(), p.lat(), p.lon()),
                    Arrays.asList(p.languages(), p.joinedOn(), p.status().name(), p.lastTraining(), p.refresherDue())),
                    point(p.lat(), p.lon())));
        }
        return ExportResponse.of(new ExportTable("focal-points", header, rows), chosen);
    }

    @Operation(summary = "Export community reports with their follow-up: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/cfp-reports/export", "/community/reports/export"})
    ResponseEntity<StreamingResponseBody> reports(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        boolean personal = CommunityManagement.maySeePersonalData();
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = ExportColumns.join(List.of(
                        columns.of("reference", "cfp.reference", "#report+id", ValueType.TEXT),
                        columns.of("kind", "cfp.kind", "#report+type", ValueType.TEXT),
                        columns.of("date", "casualty.date", "#date+reported", ValueType.DATE),
                        columns.of("focalPoint", "cfp.focal-point", "#contact+id", ValueType.TEXT)),
                personal ? List.of(columns.of("reporterName", "cfp.reporter-name", "#contact+name+reporter", ValueType.TEXT),
                        columns.of("reporterPhone", "cfp.reporter-phone", "#contact+phone+reporter", ValueType.TEXT)) : List.of(),
                columns.where(),
                List.of(columns.of("deviceCategory", "cfp.device", "#item+type", ValueType.TEXT),
                        columns.of("marked", "cfp.marked", "#status+marked", ValueType.BOOLEAN),
                        columns.of("victimsGirls", "eore.girls", "#affected+f+children", ValueType.INTEGER),
                        columns.of("victimsBoys", "eore.boys", "#affected+m+children", ValueType.INTEGER),
                        columns.of("victimsWomen", "eore.women", "#affected+f+adults", ValueType.INTEGER),
                        columns.of("victimsMen", "eore.men", "#affected+m+adults", ValueType.INTEGER),
                        columns.of("victimsUnknown", "cfp.victims-unknown", "#affected+unknown", ValueType.INTEGER),
                        columns.of("hazardReport", "cfp.hazard-report", "#report+code", ValueType.TEXT),
                        columns.of("area", "cfp.area", "#site+code", ValueType.TEXT),
                        columns.of("accident", "cfp.accident", "#event+code", ValueType.TEXT),
                        columns.of("followUp", "cfp.follow-up", "#status+followup", ValueType.TEXT)));
        List<CfpReport> items = personal ? reports.reports(ReportQuery.ALL, new PageRequest(PageRequest.MAX_LIMIT, 0)).items()
                : reports.anonymisedReports(ReportQuery.ALL);
        List<ExportRow> rows = new ArrayList<>();
        for (CfpReport r : items) {
            rows.add(new ExportRow(ExportColumns.join(Arrays.asList(r.reference(), r.kind().name(), r.reportDate(),
                            r.focalPointReference()),
                    personal ? Arrays.asList(r.reporterName(), r.reporterPhone()) : List.of(),
                    ExportColumns.whereValues(r.adm1Pcode(), r.adm1Name(), r.adm2Pcode(), r.adm3Pcode(), r.lat(), r.lon()),
                    Arrays.asList(r.deviceCategory(), r.marked(), r.victims().girls(), r.victims().boys(), r.victims().women(),
                            r.victims().men(), r.victims().unknown(), r.hazardReportReference(), r.areaReference(),
                            r.accidentReference(), r.followUp().name())),
                    point(r.lat(), r.lon())));
        }
        return ExportResponse.of(new ExportTable("cfp-reports", header, rows), chosen);
    }

    private static String point(double lat, double lon) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }
}
