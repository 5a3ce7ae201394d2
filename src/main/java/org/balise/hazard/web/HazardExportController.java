package org.balise.hazard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.DeviceFound;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.HazardReportManagement;
import org.balise.shared.PageRequest;
import org.balise.shared.export.ExportColumn;
import org.balise.shared.export.ExportColumn.ValueType;
import org.balise.shared.export.ExportRow;
import org.balise.shared.export.ExportTable;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.web.ExportResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
        List<HazardArea> areas = hazards.areas(null, null, null, null, null, new PageRequest(PageRequest.MAX_LIMIT, 0)).items();
        List<ExportColumn> columns = List.of(
                column("reference", "hazard.reference", "#loc+id", ValueType.TEXT),
                column("name", "hazard.name", "#loc+name", ValueType.TEXT),
                column("type", "hazard.type", "#status+type", ValueType.TEXT),
                column("status", "hazard.status", "#status", ValueType.TEXT),
                column("deviceCategories", "hazard.categories", "#item+type", ValueType.TEXT),
                column("blockedLandUse", "hazard.land-use", "#indicator+land_use", ValueType.TEXT),
                column("women", "people.women", "#affected+f+adults", ValueType.INTEGER),
                column("men", "people.men", "#affected+m+adults", ValueType.INTEGER),
                column("girls", "people.girls", "#affected+f+children", ValueType.INTEGER),
                column("boys", "people.boys", "#affected+m+children", ValueType.INTEGER),
                column("areaSquareMetres", "hazard.area", "#indicator+area_m2", ValueType.DECIMAL),
                column("remainingSquareMetres", "hazard.remaining", "#indicator+remaining_m2", ValueType.DECIMAL),
                column("adm1Code", "geo.adm1", "#adm1+code", ValueType.TEXT),
                column("adm1Name", "geo.adm1", "#adm1+name", ValueType.TEXT),
                column("adm2Code", "geo.adm2", "#adm2+code", ValueType.TEXT),
                column("adm3Code", "geo.adm3", "#adm3+code", ValueType.TEXT),
                column("lat", "casualty.lat", "#geo+lat", ValueType.DECIMAL),
                column("lon", "casualty.lon", "#geo+lon", ValueType.DECIMAL),
                column("informationDate", "hazard.information-date", "#date+reported", ValueType.DATE),
                column("reportingOrganisation", "hazard.organisation", "#org+name", ValueType.TEXT));
        List<ExportRow> rows = areas.stream().map(area -> {
            AreaDetails d = area.details();
            var inside = d.geometry().getInteriorPoint();
            return new ExportRow(java.util.Arrays.asList(area.reference(), d.name(), d.type().name(), area.status().name(),
                    joined(d.deviceCategories()), joined(d.blockedLandUse()), d.beneficiaries().women(), d.beneficiaries().men(),
                    d.beneficiaries().girls(), d.beneficiaries().boys(), (double) Math.round(area.areaSquareMetres()),
                    (double) Math.round(area.remainingSquareMetres()), area.admin().adm1Pcode(), area.admin().adm1Name(),
                    area.admin().adm2Pcode(), area.admin().adm3Pcode(), inside.getY(), inside.getX(), d.informationDate(),
                    d.reportingOrganisation()), GeoJsonGeometry.write(d.geometry(), 7));
        }).toList();
        return ExportResponse.of(new ExportTable("hazardous-areas", columns, rows), chosen);
    }

    @Operation(summary = "Export devices found: format=csv|xlsx|geojson|hxl")
    @GetMapping({"/api/v1/hazard-areas/devices/export", "/hazards/devices/export"})
    ResponseEntity<StreamingResponseBody> devices(@RequestParam(defaultValue = "csv") String format) {
        var chosen = ExportResponse.format(format);
        List<ExportColumn> columns = List.of(
                column("areaReference", "casualty.area", "#loc+id", ValueType.TEXT),
                column("reportReference", "hazard.reports", "#meta+report", ValueType.TEXT),
                column("adm1Code", "geo.adm1", "#adm1+code", ValueType.TEXT),
                column("category", "hazard.category", "#item+type", ValueType.TEXT),
                column("model", "device.model", "#item+name", ValueType.TEXT),
                column("quantity", "device.quantity", "#item+num", ValueType.INTEGER),
                column("condition", "device.condition", "#status+condition", ValueType.TEXT),
                column("depthCm", "device.depth", "#indicator+depth_cm", ValueType.INTEGER),
                column("lat", "casualty.lat", "#geo+lat", ValueType.DECIMAL),
                column("lon", "casualty.lon", "#geo+lon", ValueType.DECIMAL),
                column("foundOn", "casualty.date", "#date", ValueType.DATE));
        List<ExportRow> rows = reports.allDevices().stream().map(located -> {
            DeviceFound d = located.device();
            String point = d.lat() == null ? null : "{\"type\":\"Point\",\"coordinates\":[" + d.lon() + "," + d.lat() + "]}";
            return new ExportRow(java.util.Arrays.asList(located.areaReference(), located.reportReference(), located.adm1Pcode(),
                    d.category().name(), d.model(), d.quantity(), d.condition().name(), d.depthCm(), d.lat(), d.lon(), d.foundOn()),
                    point);
        }).toList();
        return ExportResponse.of(new ExportTable("devices-found", columns, rows), chosen);
    }

    private ExportColumn column(String key, String header, String hxl, ValueType type) {
        return new ExportColumn(key, messages.getMessage(header, null, key, LocaleContextHolder.getLocale()), hxl, type);
    }

    private static String joined(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(" "));
    }
}
