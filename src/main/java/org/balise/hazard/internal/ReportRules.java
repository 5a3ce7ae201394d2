package org.balise.hazard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balise.hazard.DestructionMethod;
import org.balise.hazard.DeviceCondition;
import org.balise.hazard.DeviceFound;
import org.balise.hazard.ReportRequests.DeviceReport;
import org.balise.hazard.ReportRequests.NewReport;
import org.balise.hazard.ReportRequests.NewSpotTask;
import org.balise.hazard.ReportSource;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;
import org.balise.shared.ordnance.DeviceCategory;

/** Checks hazard reports and spot tasks, listing every problem. Pure logic. */
public final class ReportRules {

    private ReportRules() {
    }

    public record Report(ReportSource source, LocalDate date, double lat, double lon, Set<DeviceCategory> categories,
            String description, String organisation) {
    }

    public record Task(String team, LocalDate visitDate, boolean nothingFound, DestructionMethod method, String notes,
            List<DeviceFound> devices) {
    }

    public static Report report(NewReport request, LocalDate today, List<FieldProblem> problems) {
        ReportSource source = Codes.parse(ReportSource.class, request.source(), "source", problems);
        LocalDate date = date(request.date(), "date", today, problems);
        Double lat = request.location() == null ? null : request.location().lat();
        Double lon = request.location() == null ? null : request.location().lon();
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            problems.add(new FieldProblem("location", "invalid-location", "location needs a valid lat and lon"));
        }
        Set<DeviceCategory> categories = EnumSet.noneOf(DeviceCategory.class);
        for (String name : request.deviceCategories() == null ? List.<String>of() : request.deviceCategories()) {
            DeviceCategory category = Codes.parse(DeviceCategory.class, name, "deviceCategories", problems);
            if (category != null) {
                categories.add(category);
            }
        }
        if (categories.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("deviceCategories"))) {
            categories.add(DeviceCategory.UNKNOWN);
        }
        String description = text(request.description(), "description", 2000, problems);
        String organisation = text(request.reportingOrganisation(), "reportingOrganisation", 200, problems);
        return problems.isEmpty() ? new Report(source, date, lat, lon, categories, description, organisation) : null;
    }

    public static Task spotTask(NewSpotTask request, LocalDate today, List<FieldProblem> problems) {
        String team = text(request.team(), "team", 200, problems);
        if (team == null) {
            problems.add(new FieldProblem("team", "required", "team is required"));
        }
        LocalDate visit = date(request.visitDate(), "visitDate", today, problems);
        boolean nothing = Boolean.TRUE.equals(request.nothingFound());
        List<DeviceReport> reported = request.devices() == null ? List.of() : request.devices();
        DestructionMethod method = request.destructionMethod() == null ? null
                : Codes.parse(DestructionMethod.class, request.destructionMethod(), "destructionMethod", problems);
        if (nothing && !reported.isEmpty()) {
            problems.add(new FieldProblem("devices", "contradiction", "A spot task that found nothing lists no devices"));
        }
        if (!nothing && reported.isEmpty()) {
            problems.add(new FieldProblem("devices", "required", "List the devices found, or set nothingFound"));
        }
        if (!nothing && !reported.isEmpty() && method == null && request.destructionMethod() == null) {
            problems.add(new FieldProblem("destructionMethod", "required", "Say how the devices were destroyed"));
        }
        List<DeviceFound> devices = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            DeviceFound device = device(reported.get(i), "devices[" + i + "].", visit, problems);
            if (device != null) {
                devices.add(device);
            }
        }
        String notes = text(request.notes(), "notes", 2000, problems);
        return problems.isEmpty() ? new Task(team, visit, nothing, method, notes, devices) : null;
    }

    public static DeviceFound device(DeviceReport report, String at, LocalDate foundOn, List<FieldProblem> problems) {
        if (report == null) {
            problems.add(new FieldProblem(at, "required", "A device is empty"));
            return null;
        }
        DeviceCategory category = Codes.parse(DeviceCategory.class, report.category(), at + "category", problems);
        DeviceCondition condition = report.condition() == null ? DeviceCondition.UNKNOWN
                : Codes.parse(DeviceCondition.class, report.condition(), at + "condition", problems);
        int quantity = report.quantity() == null ? 1 : report.quantity();
        if (quantity < 1 || quantity > 100_000) {
            problems.add(new FieldProblem(at + "quantity", "invalid-count", "quantity is from 1 to 100000"));
        }
        if (report.depthCm() != null && (report.depthCm() < 0 || report.depthCm() > 1000)) {
            problems.add(new FieldProblem(at + "depthCm", "invalid-depth", "depthCm is from 0 to 1000"));
        }
        if ((report.lat() == null) != (report.lon() == null)
                || (report.lat() != null && (Math.abs(report.lat()) > 90 || Math.abs(report.lon()) > 180))) {
            problems.add(new FieldProblem(at + "location", "invalid-location", "a device location needs a valid lat and lon"));
        }
        String model = text(report.model(), at + "model", 200, problems);
        return category == null || condition == null ? null
                : new DeviceFound(category, model, quantity, condition, report.depthCm(), report.lat(), report.lon(), foundOn);
    }

    private static LocalDate date(String text, String field, LocalDate today, List<FieldProblem> problems) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            if (date.isAfter(today)) {
                problems.add(new FieldProblem(field, "future-date", field + " is in the future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", field + " must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + max + " characters"));
        }
        return value.strip();
    }
}
