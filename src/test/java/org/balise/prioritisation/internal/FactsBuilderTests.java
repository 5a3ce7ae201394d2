package org.balise.prioritisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.casualty.CasualtyPoint;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.Settlement;
import org.balise.hazard.AdminArea;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.Beneficiaries;
import org.balise.hazard.HazardArea;
import org.balise.hazard.LandUse;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.Scenario;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.ordnance.DeviceCategory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** A hand-worked example for every factor, from an area and its surroundings to its score. */
class FactsBuilderTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Scenario defaults() {
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            weights.put(factor, factor.defaultWeight());
        }
        return new Scenario("default", null, weights, 5, 24, 1000, true, "test", Instant.EPOCH);
    }

    @Test
    void turnsAnAreaAndItsSurroundingsIntoFactorValuesAndAScore() {
        // A confirmed area with an improvised mine, blocking water and grazing, 150 people, at 14.940 N, 3.890 W.
        HazardArea area = new HazardArea(1, "HA-000001", AreaStatus.OPEN, new AreaDetails("Puits", AreaType.CHA,
                GeoJsonGeometry.FACTORY.createPoint(new Coordinate(-3.890, 14.940)), Set.of(DeviceCategory.IMPROVISED_MINE),
                Set.of(LandUse.WATER, LandUse.GRAZING), new Beneficiaries(40, 30, 40, 40), null, TODAY, List.of()),
                0, 0, new AdminArea("cod-2015", "ML05", "Mopti", null, null, null, null), 1, Instant.EPOCH);
        SpatialContext context = new SpatialContext(
                // a commune capital (class 4) 1,334 m north: band < 2 km → 0.5 × 0.8 = 0.4
                List.of(new Settlement("P1", "Konna", 14.952, -3.890, 4)),
                // 3 casualties 2 km away last year, and 5 more 4 years ago (outside the 24-month window)
                List.of(new CasualtyPoint(14.958, -3.890, TODAY.minusMonths(10), 3), new CasualtyPoint(14.958, -3.890, TODAY.minusYears(4), 5)),
                // a water point 600 m east (within 1,000 m), a school 3 km away (outside)
                List.of(new LayerFeature("Forage", LayerKind.WATER_POINT, GeoJsonGeometry.FACTORY.createPoint(new Coordinate(-3.8844, 14.940))),
                        new LayerFeature("École", LayerKind.SCHOOL, GeoJsonGeometry.FACTORY.createPoint(new Coordinate(-3.862, 14.940)))));

        AreaFacts facts = FactsBuilder.facts(area, context, defaults(), TODAY);
        ImpactScoring.Score score = ImpactScoring.score(facts, defaults());

        assertThat(facts.values()).containsEntry(Factor.CASUALTIES, 3.0).containsEntry(Factor.DEVICE, 1.0)
                .containsEntry(Factor.EVIDENCE, 1.0).containsEntry(Factor.BENEFICIARIES, 1.5)
                .containsEntry(Factor.LAND_WATER, 1.0).containsEntry(Factor.LAND_GRAZING, 1.0)
                .containsEntry(Factor.NEAR_WATER_POINT, 1.0).doesNotContainKey(Factor.NEAR_SCHOOL);
        assertThat(facts.values().get(Factor.SETTLEMENT)).isCloseTo(0.4, within(1e-9));
        // 3×3 + 1×10 + 1×5 + 0.4×15 + 1.5×1 + 8 + 4 + 6 = 49.5
        assertThat(score.total()).isCloseTo(49.5, within(1e-9));
    }
}
