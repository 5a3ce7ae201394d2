package org.balise.hazard;

import java.util.List;

/** What clients send about hazard reports and spot tasks: values as text so that every problem can be named. */
public final class ReportRequests {

    private ReportRequests() {
    }

    public record Position(Double lat, Double lon) {
    }

    public record NewReport(String source, String date, Position location, List<String> deviceCategories,
            String description, String reportingOrganisation) {
    }

    public record DeviceReport(String category, String model, Integer quantity, String condition, Integer depthCm,
            Double lat, Double lon) {
    }

    public record NewSpotTask(String team, String visitDate, Boolean nothingFound, String destructionMethod, String notes,
            List<DeviceReport> devices) {
    }
}
