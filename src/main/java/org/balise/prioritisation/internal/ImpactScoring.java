package org.balise.prioritisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.hazard.AreaType;
import org.balise.hazard.LandUse;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.FactorContribution;
import org.balise.prioritisation.Scenario;
import org.balise.shared.ordnance.DeviceCategory;

/**
 * The impact score: Σ weight × factor value, with every contribution kept so that the score explains itself.
 * Also the rules that turn an area's data into factor values. Pure logic.
 */
public final class ImpactScoring {

    /** Severity of each device category: victim-activated and improvised devices first. */
    private static final Map<DeviceCategory, Double> SEVERITY = Map.of(
            DeviceCategory.IMPROVISED_MINE, 1.0, DeviceCategory.AP_MINE, 1.0, DeviceCategory.IED_OTHER, 0.9,
            DeviceCategory.CLUSTER_MUNITION_REMNANT, 0.8, DeviceCategory.AV_MINE, 0.7, DeviceCategory.UXO, 0.5,
            DeviceCategory.UNKNOWN, 0.5, DeviceCategory.AXO, 0.4);
    public static final int MAX_CASUALTIES_COUNTED = 10;

    private ImpactScoring() {
    }

    public record Score(double total, List<FactorContribution> factors) {
    }

    public static Score score(AreaFacts facts, Scenario scenario) {
        List<FactorContribution> contributions = new ArrayList<>();
        double total = 0;
        for (Factor factor : Factor.values()) {
            // Values are shown to three decimals; scoring the shown value keeps "weight × value = contribution" exact.
            double value = Math.round(facts.values().getOrDefault(factor, 0.0) * 1000) / 1000.0;
            double weight = scenario.weight(factor);
            double contribution = value * weight;
            if (value != 0) {
                contributions.add(new FactorContribution(factor.name(), value, weight, contribution));
            }
            total += contribution;
        }
        return new Score(total, contributions);
    }

    public static double deviceSeverity(Set<DeviceCategory> categories) {
        return categories.stream().mapToDouble(category -> SEVERITY.getOrDefault(category, 0.5)).max().orElse(0.5);
    }

    public static double evidence(AreaType type) {
        return type == AreaType.CHA ? 1.0 : 0.5;
    }

    /** Distance bands to the nearest settlement, scaled by its class (1 capital … 5 village). */
    public static double settlement(double distanceMetres, int placeClass) {
        double band = distanceMetres < 500 ? 1.0 : distanceMetres < 1_000 ? 0.75 : distanceMetres < 2_000 ? 0.5
                : distanceMetres < 5_000 ? 0.25 : 0.0;
        double size = switch (placeClass) {
            case 1, 2 -> 1.0;
            case 3 -> 0.9;
            case 4 -> 0.8;
            default -> 0.7;
        };
        return band * size;
    }

    public static double beneficiaries(int people) {
        return Math.min(10.0, people / 100.0);
    }

    public static double casualties(int count) {
        return Math.min(MAX_CASUALTIES_COUNTED, count);
    }

    public static Factor landUseFactor(LandUse use) {
        return Factor.valueOf("LAND_" + use.name());
    }
}
