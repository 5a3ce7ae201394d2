package org.balise.hazard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.hazard.DeviceFound;
import org.balise.hazard.HazardReport;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.ReportRequests.DeviceReport;
import org.balise.hazard.ReportRequests.NewReport;
import org.balise.hazard.ReportRequests.NewSpotTask;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Hazard reports", description = "Survey and community reports, possible duplicates, EOD spot tasks, devices found")
@RestController
class HazardReportApiController {

    private final HazardReportManagement reports;

    HazardReportApiController(HazardReportManagement reports) {
        this.reports = reports;
    }

    @Operation(summary = "Hazard reports, newest first")
    @GetMapping("/api/v1/hazard-reports")
    ListPage<HazardReport> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return reports.reports(PageRequest.of(limit, offset));
    }

    @Operation(summary = "One hazard report with its follow-up")
    @GetMapping("/api/v1/hazard-reports/{reference}")
    HazardReport get(@PathVariable String reference) {
        return reports.report(reference);
    }

    @Operation(summary = "Record a hazard report; open areas nearby with a shared device category are flagged as possible duplicates")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/hazard-reports")
    ResponseEntity<HazardReport> record(@RequestBody NewReport request) {
        HazardReport report = reports.record(request);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/hazard-reports/" + report.reference()).body(report);
    }

    record AreaLink(String areaReference) {
    }

    @Operation(summary = "Link a report to the area it created or updated (merges a flagged duplicate)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/hazard-reports/{reference}/link")
    HazardReport link(@PathVariable String reference, @RequestBody AreaLink link) {
        return reports.link(reference, link.areaReference());
    }

    @Operation(summary = "Dismiss a flagged possible duplicate")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/hazard-reports/{reference}/dismiss")
    HazardReport dismiss(@PathVariable String reference, @RequestBody AreaLink link) {
        return reports.dismissDuplicate(reference, link.areaReference());
    }

    @Operation(summary = "Record the EOD spot task that answers a report; it closes the report")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/hazard-reports/{reference}/spot-task")
    ResponseEntity<HazardReport> spotTask(@PathVariable String reference, @RequestBody NewSpotTask task) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.spotTask(reference, task));
    }

    @Operation(summary = "Devices found in an area")
    @GetMapping("/api/v1/hazard-areas/{reference}/devices")
    ListPage<DeviceFound> devices(@PathVariable String reference) {
        List<DeviceFound> devices = reports.devices(reference);
        return new ListPage<>(devices, devices.size());
    }

    record DeviceList(List<DeviceReport> devices) {
    }

    @Operation(summary = "Record devices found in an area")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/hazard-areas/{reference}/devices")
    ResponseEntity<ListPage<DeviceFound>> addDevices(@PathVariable String reference, @RequestBody DeviceList body) {
        List<DeviceFound> devices = reports.addDevices(reference, body.devices());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ListPage<>(devices, devices.size()));
    }

    @Operation(summary = "The reports an area came from")
    @GetMapping("/api/v1/hazard-areas/{reference}/reports")
    ListPage<String> areaReports(@PathVariable String reference) {
        List<String> references = reports.reportsOfArea(reference);
        return new ListPage<>(references, references.size());
    }
}
