package org.balise.prioritisation;

/**
 * The factors of the impact score, each with its default weight and the reason for it (documented in the
 * README). Values are in natural units (a count, 0 or 1, a fraction) so that each contribution reads plainly.
 */
public enum Factor {
    CASUALTIES(3, "each person killed or injured within the casualty radius in the recent window: proven harm nearby"),
    DEVICE(10, "severity of the worst device category: victim-activated mines (improvised, anti-personnel) score 1"),
    EVIDENCE(5, "confirmed areas (1) before suspected ones (0.5): direct evidence makes the threat certain"),
    SETTLEMENT(15, "closeness to the nearest settlement, by distance band and settlement size: people walk there daily"),
    BENEFICIARIES(1, "people who would benefit, per hundred, capped at 10"),
    LAND_AGRICULTURE(6, "fields blocked: food and income"),
    LAND_GRAZING(4, "pasture blocked: herds, a main livelihood in central and northern Mali"),
    LAND_WATER(8, "water blocked: daily trips by women and children"),
    LAND_ROADS(6, "roads blocked: access to markets, health care and aid"),
    LAND_HOUSING(8, "housing blocked: people live beside the hazard"),
    LAND_INFRASTRUCTURE(4, "infrastructure blocked"),
    LAND_SERVICES(6, "services blocked (schools, health centres, markets)"),
    NEAR_SCHOOL(6, "a school within the layer buffer: children"),
    NEAR_HEALTH_FACILITY(6, "a health facility within the layer buffer"),
    NEAR_WATER_POINT(6, "a water point within the layer buffer"),
    NEAR_ROAD(4, "a road within the layer buffer"),
    NEAR_MARKET(4, "a market within the layer buffer");

    private final double defaultWeight;
    private final String reason;

    Factor(double defaultWeight, String reason) {
        this.defaultWeight = defaultWeight;
        this.reason = reason;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    public String reason() {
        return reason;
    }
}
