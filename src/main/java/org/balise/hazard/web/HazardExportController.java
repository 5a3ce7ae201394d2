package org.balise.hazard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.DeviceFound;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.HazardReportManagement;
import org.balise.shared.export.ExportColumn;
import org.balise.shared.export.ExportColumn.ValueType;
import org.balise.shared.export.ExportRow;
import org.balise.shared.export.ExportTable;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.web.ExportColumns;
import org.balise.shared.web.ExportResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Exports of hazardous areas and devices found: CSV, XLSX, GeoJSON, and CSV with HXL hashtags. */
@Tag(name = "Hazardous areas")
@RestController
class HazardExportController {

    private final HazardManagement hazards;
    private final HazardReportManagement reports;
    private final MessageSource messages;

    HazardExportController(HazardManagement hazards, HazardReportManagement reports, MessageSource messages) {
        this.hazards = hazards;
        this.reports = reports;
        this.messages = messages;
    }

    @Operation(summary = "Export hazardous areas: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/hazard-areas/export", "/hazards/export"})
    ResponseEntity<StreamingResponseBody> areas(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = ExportColumns.join(List.of(
                columns.of("reference", "hazard.reference", "#loc+id", ValueType.TEXT),
                columns.of("name", "hazard.name", "#loc+name", ValueType.TEXT),
                columns.of("type", "hazard.type", "#status+type", ValueType.TEXT),
                columns.of("status", "hazard.status", "#status", ValueType.TEXT),
                columns.of("deviceCategories", "hazard.categories", "#item+type", ValueType.TEXT),
                columns.of("blockedLandUse", "hazard.land-use", "#indicator+land_use", ValueType.TEXT),
                columns.of("women", "people.women", "#affected+f+adults", ValueType.INTEGER),
                columns.of("men", "people.men", "#affected+m+adults", ValueType.INTEGER),
                columns.of("girls", "people.girls", "#affected+f+children", ValueType.INTEGER),
                columns.of("boys", "people.boys", "#affected+m+children", ValueType.INTEGER),
                columns.of("areaSquareMetres", "hazard.area", "#indicator+area_m2", ValueType.DECIMAL),
                columns.of("remainingSquareMetres", "hazard.remaining", "#indicator+remaining_m2", ValueType.DECIMAL)),
                columns.where(), List.of(
                columns.of("informationDate", "hazard.information-date", "#date+reported", ValueType.DATE),
                columns.of("reportingOrganisation", "hazard.organisation", "#org+name", ValueType.TEXT)));
        // Every area, not a page of them: a national export holds tens of thousands.
        List<ExportRow> rows = new ArrayList<>();
        hazards.forEachArea(area -> {
            AreaDetails d = area.details();
            var inside = d.geometry().getInteriorPoint();
            rows.add(new ExportRow(ExportColumns.join(java.util.Arrays.asList(area.reference(), d.name(), d.type().name(), area.status().name(),
                    joined(d.deviceCategories()), joined(d.blockedLandUse()), d.beneficiaries().women(), d.beneficiaries().men(),
                    d.beneficiaries().girls(), d.beneficiaries().boys(), (double) Math.round(area.areaSquareMetres()),
                    (double) Math.round(area.remainingSquareMetres())), ExportColumns.whereValues(area.admin().adm1Pcode(),
                    area.admin().adm1Name(), area.admin().adm2Pcode(), area.admin().adm3Pcode(), inside.getY(), inside.getX()),
                    java.util.Arrays.asList(d.informationDate(), d.reportingOrganisation())), GeoJsonGeometry.write(d.geometry(), 7)));
        });
        return ExportResponse.of(new ExportTable("hazardous-areas", header, rows), chosen);
    }

    @Operation(summary = "Export devices found: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/hazard-areas/devices/export", "/hazards/devices/export"})
    ResponseEntity<StreamingResponseBody> devices(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        ExportColumns columns = ExportColumns.inRequestLanguage(messages);
        List<ExportColumn> header = List.of(
                columns.of("areaReference", "casualty.area", "#loc+id", ValueType.TEXT),
                columns.of("reportReference", "hazard.reports", "#meta+report", ValueType.TEXT),
                columns.of("adm1Code", "geo.adm1", "#adm1+code", ValueType.TEXT),
                columns.of("category", "hazard.category", "#item+type", ValueType.TEXT),
                columns.of("model", "device.model", "#item+name", ValueType.TEXT),
                columns.of("quantity", "device.quantity", "#item+num", ValueType.INTEGER),
                columns.of("condition", "device.condition", "#status+condition", ValueType.TEXT),
                columns.of("depthCm", "device.depth", "#indicator+depth_cm", ValueType.INTEGER),
                columns.of("lat", "casualty.lat", "#geo+lat", ValueType.DECIMAL),
                columns.of("lon", "casualty.lon", "#geo+lon", ValueType.DECIMAL),
                columns.of("foundOn", "casualty.date", "#date", ValueType.DATE));
        List<ExportRow> rows = reports.allDevices().stream().map(located -> {
            DeviceFound d = located.device();
            String point = d.lat() == null ? null : "{\"type\":\"Point\",\"coordinates\":[" + d.lon() + "," + d.lat() + "]}";
            return new ExportRow(java.util.Arrays.asList(located.areaReference(), located.reportReference(), located.adm1Pcode(),
                    d.category().name(), d.model(), d.quantity(), d.condition().name(), d.depthCm(), d.lat(), d.lon(), d.foundOn()),
                    point);
        }).toList();
        return ExportResponse.of(new ExportTable("devices-found", header, rows), chosen);
    }

    private static String joined(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(" "));
    }
}
