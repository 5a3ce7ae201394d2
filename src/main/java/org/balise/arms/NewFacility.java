package org.balise.arms;

import java.util.List;

/** A facility as a client sends it: values as text so that every problem can be named. */
public record NewFacility(String name, String type, Long institutionId, String unit, Position location,
        Integer weaponCapacity, Double neqCapacityKg, String status, List<NewBuilding> buildings) {

    public record Position(Double lat, Double lon) {
    }

    public record NewBuilding(String name, String role, Double lat, Double lon) {
    }
}
