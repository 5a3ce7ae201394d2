package org.balise.arms;

import java.time.LocalDate;
import java.util.List;

/** A storage facility with its buildings and the level its latest assessment reached (null before any). */
public record Facility(String reference, String name, FacilityType type, long institutionId, String institutionName,
        String unit, double lat, double lon, String adm1Pcode, String adm1Name, String adm3Name, Integer weaponCapacity,
        Double neqCapacityKg, FacilityStatus status, List<Building> buildings, Integer levelReached,
        LocalDate lastAssessedOn) {
}
