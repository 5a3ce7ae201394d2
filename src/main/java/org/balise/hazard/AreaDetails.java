package org.balise.hazard;

import org.balise.shared.ordnance.DeviceCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/** What a surveyor states about a hazardous area: the input of a creation or an update. */
public record AreaDetails(String name, AreaType type, Geometry geometry, Set<DeviceCategory> deviceCategories,
        Set<LandUse> blockedLandUse, Beneficiaries beneficiaries, String reportingOrganisation,
        LocalDate informationDate, List<Evidence> evidence) {
}
