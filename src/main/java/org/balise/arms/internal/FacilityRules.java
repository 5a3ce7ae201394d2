package org.balise.arms.internal;

import java.util.ArrayList;
import java.util.List;
import org.balise.arms.Building;
import org.balise.arms.BuildingRole;
import org.balise.arms.FacilityStatus;
import org.balise.arms.FacilityType;
import org.balise.arms.NewFacility;
import org.balise.shared.Codes;
import org.balise.shared.FieldChecks;
import org.balise.shared.FieldProblem;

/** Checks a facility as a client sends it, naming every problem. */
public final class FacilityRules {

    /** A building is part of its facility: further than this from the facility's point is a typing error. */
    static final double MAX_BUILDING_METRES = 5_000;
    private static final int MAX_BUILDINGS = 200;

    private FacilityRules() {
    }

    public record Draft(String name, FacilityType type, long institutionId, String unit, double lat, double lon,
            Integer weaponCapacity, Double neqCapacityKg, FacilityStatus status, List<Building> buildings) {
    }

    public record Checked(Draft draft, List<FieldProblem> problems) {
    }

    public static Checked check(NewFacility request) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.text(request.name(), "name", 200, true, problems);
        FacilityType type = Codes.parse(FacilityType.class, request.type(), "type", problems);
        if (request.institutionId() == null) {
            problems.add(new FieldProblem("institutionId", "required", "Name the owning institution (its id)"));
        }
        String unit = FieldChecks.text(request.unit(), "unit", 200, false, problems);
        Double lat = request.location() == null ? null : request.location().lat();
        Double lon = request.location() == null ? null : request.location().lon();
        if (!validPoint(lat, lon)) {
            problems.add(new FieldProblem("location", lat == null || lon == null ? "required" : "invalid-location",
                    "location needs lat and lon in degrees"));
        }
        if (request.weaponCapacity() != null && request.weaponCapacity() < 0) {
            problems.add(new FieldProblem("weaponCapacity", "negative", "weaponCapacity cannot be negative"));
        }
        Double neq = request.neqCapacityKg();
        if (neq != null && (!Double.isFinite(neq) || neq < 0)) {
            problems.add(new FieldProblem("neqCapacityKg", "invalid-number", "neqCapacityKg must be a number of kg, 0 or more"));
        }
        FacilityStatus status = request.status() == null ? FacilityStatus.OPERATIONAL
                : Codes.parse(FacilityStatus.class, request.status(), "status", problems);
        List<Building> buildings = new ArrayList<>();
        List<NewFacility.NewBuilding> given = request.buildings() == null ? List.of() : request.buildings();
        if (given.size() > MAX_BUILDINGS) {
            problems.add(new FieldProblem("buildings", "too-many", "At most " + MAX_BUILDINGS + " buildings"));
        }
        for (int i = 0; i < Math.min(given.size(), MAX_BUILDINGS); i++) {
            NewFacility.NewBuilding building = given.get(i);
            String at = "buildings[" + i + "].";
            if (building == null) {
                problems.add(new FieldProblem("buildings[" + i + "]", "required", "A building is empty"));
                continue;
            }
            String buildingName = FieldChecks.text(building.name(), at + "name", 200, true, problems);
            BuildingRole role = Codes.parse(BuildingRole.class, building.role(), at + "role", problems);
            if (!validPoint(building.lat(), building.lon())) {
                problems.add(new FieldProblem(at + "location", "invalid-location", "A building needs lat and lon in degrees"));
            } else if (validPoint(lat, lon) && org.balise.shared.geo.Distances.haversineMetres(lat, lon, building.lat(),
                    building.lon()) > MAX_BUILDING_METRES) {
                problems.add(new FieldProblem(at + "location", "far-from-facility",
                        "A building lies more than " + (int) MAX_BUILDING_METRES + " m from its facility"));
            }
            if (buildingName != null && role != null && validPoint(building.lat(), building.lon())) {
                buildings.add(new Building(buildingName, role, building.lat(), building.lon()));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(name, type, request.institutionId(), unit, lat, lon, request.weaponCapacity(), neq, status,
                buildings), problems);
    }

    private static boolean validPoint(Double lat, Double lon) {
        return lat != null && lon != null && Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }
}
