package org.balise.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.hazard.ReportRequests.DeviceReport;
import org.balise.hazard.ReportRequests.NewReport;
import org.balise.hazard.ReportRequests.NewSpotTask;
import org.balise.hazard.internal.HazardProperties;
import org.balise.hazard.internal.HazardRepository;
import org.balise.hazard.internal.HazardRepository.AreaFilter;
import org.balise.hazard.internal.ReportRepository;
import org.balise.hazard.internal.ReportRules;
import org.balise.identity.CurrentUser;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.ordnance.DeviceCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazard reports (from survey teams and communities), the possible duplicates flagged when they arrive, the
 * links to the areas they become, EOD spot tasks that close them, and devices found.
 */
@Service
@Transactional
public class HazardReportManagement {

    private final ReportRepository reports;
    private final HazardRepository areas;
    private final HazardManagement hazards;
    private final GeographyManagement geography;
    private final HazardProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    HazardReportManagement(ReportRepository reports, HazardRepository areas, HazardManagement hazards,
            GeographyManagement geography, HazardProperties properties, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.areas = areas;
        this.hazards = hazards;
        this.geography = geography;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a report and flags open areas within the duplicate distance that share a device category. */
    public HazardReport record(NewReport request) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportRules.Report report = ReportRules.report(request, today(), problems);
        if (report == null) {
            throw ProblemException.invalid(problems);
        }
        Location location = geography.locateInput(report.lat(), report.lon(), "location");
        String reference = reports.nextReportReference();
        long id = reports.insertReport(reference, report, location, clock.instant());
        Point point = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(report.lon(), report.lat()));
        double metres = properties.duplicateDistanceMetres();
        Envelope around = point.getEnvelopeInternal();
        around.expandBy(metres / (111_320 * Math.cos(Math.toRadians(report.lat()))), metres / 111_320);
        for (HazardArea area : areas.list(new AreaFilter(around, java.util.Set.of(), null, null, null, null), 1000, 0)) {
            if (area.status() == AreaStatus.CLOSED || !sharesCategory(area.details().deviceCategories(), report.categories())) {
                continue;
            }
            Coordinate[] nearest = DistanceOp.nearestPoints(area.details().geometry(), point);
            double distance = Distances.haversineMetres(nearest[0].y, nearest[0].x, nearest[1].y, nearest[1].x);
            if (distance <= metres) {
                reports.insertDuplicate(id, area.reference(), distance);
            }
        }
        audit.record(AuditEntry.of("HAZARD_REPORT_RECORDED", "hazard-report", reference)
                .changed("source", null, report.source()).changed("deviceCategories", null, report.categories()));
        return reports.find(reference, CurrentUser.regions()).orElseThrow();
    }

    /** Links a report to the area it created or updated; a flagged duplicate of that area counts as merged. */
    public HazardReport link(String reference, String areaReference) {
        if (areaReference == null || areaReference.isBlank()) {
            throw ProblemException.invalid("areaReference", "required", "Name the hazardous area the report is linked to");
        }
        HazardReport report = report(reference);
        areas.find(areaReference).orElseThrow(() -> ProblemException.notFound("Hazardous area", areaReference));
        if (report.status() == ReportStatus.CLEARED_BY_SPOT_TASK || report.status() == ReportStatus.NO_EVIDENCE_FOUND) {
            throw new ProblemException(ProblemType.CONFLICT, "Report " + reference + " is closed by a spot task");
        }
        long id = reports.idOf(reference);
        reports.decideDuplicate(id, areaReference, "MERGED", CurrentUser.name());
        reports.setStatus(id, ReportStatus.AREA_RECORDED, areaReference);
        audit.record(AuditEntry.of("HAZARD_REPORT_LINKED", "hazard-report", reference)
                .changed("areaReference", report.areaReference(), areaReference));
        return reports.find(reference, CurrentUser.regions()).orElseThrow();
    }

    /** An IM officer decides that a flagged area is not the same hazard. */
    public HazardReport dismissDuplicate(String reference, String areaReference) {
        report(reference);
        if (reports.decideDuplicate(reports.idOf(reference), areaReference, "DISMISSED", CurrentUser.name()) == 0) {
            throw ProblemException.notFound("Open possible duplicate", reference + " / " + areaReference);
        }
        audit.record(AuditEntry.of("DUPLICATE_DISMISSED", "hazard-report", reference).changed("areaReference", null, areaReference));
        return reports.find(reference, CurrentUser.regions()).orElseThrow();
    }

    /** Records the EOD spot task that answers a report, and closes the report. */
    public HazardReport spotTask(String reference, NewSpotTask request) {
        HazardReport report = report(reference);
        if (report.spotTask() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Report " + reference + " already has spot task " + report.spotTask().reference());
        }
        List<FieldProblem> problems = new ArrayList<>();
        ReportRules.Task task = ReportRules.spotTask(request, today(), problems);
        if (task != null && task.visitDate().isBefore(report.date())) {
            problems.add(new FieldProblem("visitDate", "before-report", "The visit cannot be before the report"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String taskReference = reports.nextSpotTaskReference();
        long id = reports.idOf(reference);
        long taskId = reports.insertSpotTask(taskReference, id, task, clock.instant());
        task.devices().forEach(device -> reports.insertDevice(null, taskId, device));
        ReportStatus closed = task.nothingFound() ? ReportStatus.NO_EVIDENCE_FOUND : ReportStatus.CLEARED_BY_SPOT_TASK;
        reports.setStatus(id, closed, null);
        audit.record(AuditEntry.of("SPOT_TASK_RECORDED", "hazard-report", reference)
                .changed("status", report.status(), closed).summary(taskReference + ", " + task.devices().size() + " device line(s)"));
        return reports.find(reference, CurrentUser.regions()).orElseThrow();
    }

    /** Records devices found in an area (during survey or clearance). */
    public List<DeviceFound> addDevices(String areaReference, List<DeviceReport> devices) {
        HazardArea area = areas.find(areaReference).orElseThrow(() -> ProblemException.notFound("Hazardous area", areaReference));
        List<FieldProblem> problems = new ArrayList<>();
        if (devices == null || devices.isEmpty()) {
            problems.add(new FieldProblem("devices", "required", "List at least one device"));
        }
        List<DeviceFound> found = new ArrayList<>();
        for (int i = 0; devices != null && i < devices.size(); i++) {
            DeviceFound device = ReportRules.device(devices.get(i), "devices[" + i + "].", today(), problems);
            if (device != null) {
                found.add(device);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        found.forEach(device -> reports.insertDevice(area.id(), null, device));
        audit.record(AuditEntry.of("DEVICES_RECORDED", "hazard-area", areaReference).summary(found.size() + " device line(s)"));
        return reports.devicesOfArea(area.id());
    }

    /** Devices found in an area the user may see; an area outside their regions is not found, like an unknown one. */
    @Transactional(readOnly = true)
    public List<DeviceFound> devices(String areaReference) {
        return reports.devicesOfArea(hazards.area(areaReference).id());
    }

    /** Every device found that the user may see, with the area or report it belongs to. */
    @Transactional(readOnly = true)
    public List<ReportRepository.LocatedDevice> allDevices() {
        return reports.allDevices(CurrentUser.regions());
    }

    /** The status of each listed report the user may see, by reference; reports not found are left out. */
    @Transactional(readOnly = true)
    public Map<String, ReportProgress> progress(Collection<String> references) {
        Map<String, ReportProgress> progress = new HashMap<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += 1000) {
            reports.progress(all.subList(from, Math.min(all.size(), from + 1000)), CurrentUser.regions())
                    .forEach(row -> progress.put(row.reference(), row));
        }
        return progress;
    }

    /** The reports an area came from that the user may see: a report can lie across a region's border from its area. */
    @Transactional(readOnly = true)
    public List<String> reportsOfArea(String areaReference) {
        hazards.area(areaReference);
        return reports.reportsOfArea(areaReference, CurrentUser.regions());
    }

    @Transactional(readOnly = true)
    public HazardReport report(String reference) {
        HazardReport report = reports.find(reference, CurrentUser.regions()).orElseThrow(() -> ProblemException.notFound("Hazard report", reference));
        if (!CurrentUser.seesRegion(report.adm1Pcode())) {
            throw ProblemException.notFound("Hazard report", reference);
        }
        return report;
    }

    @Transactional(readOnly = true)
    public ListPage<HazardReport> reports(PageRequest page) {
        var regions = CurrentUser.regions();
        return new ListPage<>(reports.list(regions, page.limit(), page.offset()), reports.count(regions));
    }

    private static boolean sharesCategory(java.util.Set<DeviceCategory> a, java.util.Set<DeviceCategory> b) {
        return a.contains(DeviceCategory.UNKNOWN) || b.contains(DeviceCategory.UNKNOWN) || a.stream().anyMatch(b::contains);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
