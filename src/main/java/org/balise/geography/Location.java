package org.balise.geography;

/** Where a point falls: its admin units (deepest ones may be null) and the nearest populated place. */
public record Location(String gazetteer, AdminUnitRef adm1, AdminUnitRef adm2, AdminUnitRef adm3,
        NearestPlace nearestPlace) {
}
