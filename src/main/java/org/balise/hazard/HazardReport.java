package org.balise.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.balise.shared.ordnance.DeviceCategory;

/** A hazard report with its follow-up: the area it became, possible duplicates, the spot task that closed it. */
public record HazardReport(String reference, ReportSource source, LocalDate date, double lat, double lon, String adm1Pcode,
        String adm1Name, String adm3Name, Set<DeviceCategory> deviceCategories, String description,
        String reportingOrganisation, ReportStatus status, String areaReference, List<PossibleDuplicate> possibleDuplicates,
        SpotTask spotTask) {
}
