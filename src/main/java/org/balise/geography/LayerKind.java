package org.balise.geography;

/** What a reference layer holds; prioritisation weighs hazards near each kind. */
public enum LayerKind {
    SCHOOL, HEALTH_FACILITY, WATER_POINT, ROAD, MARKET, OTHER
}
