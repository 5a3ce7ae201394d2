package org.balise.prioritisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.balise.hazard.AreaType;
import org.balise.hazard.LandUse;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.FactorContribution;
import org.balise.prioritisation.Scenario;
import org.balise.shared.ordnance.DeviceCategory;
import org.junit.jupiter.api.Test;

class ImpactScoringTests {

    private static Scenario defaults() {
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            weights.put(factor, factor.defaultWeight());
        }
        return new Scenario("default", null, weights, 5, 24, 1000, true, "test", Instant.EPOCH);
    }

    @Test
    void theScoreIsTheSumOfWeightTimesValueAndEachContributionIsShown() {
        // 2 casualties × 3 + device 1.0 × 10 + evidence 0.5 × 5 + settlement 0.7 × 15 + agriculture 1 × 6 = 35.0
        AreaFacts facts = new AreaFacts("HA-000001", Map.of(Factor.CASUALTIES, 2.0, Factor.DEVICE, 1.0,
                Factor.EVIDENCE, 0.5, Factor.SETTLEMENT, 0.7, Factor.LAND_AGRICULTURE, 1.0));

        ImpactScoring.Score score = ImpactScoring.score(facts, defaults());

        assertThat(score.total()).isCloseTo(35.0, within(1e-9));
        assertThat(score.factors()).extracting(FactorContribution::name)
                .containsExactly("CASUALTIES", "DEVICE", "EVIDENCE", "SETTLEMENT", "LAND_AGRICULTURE");
        assertThat(score.factors().stream().mapToDouble(FactorContribution::contribution).sum()).isCloseTo(score.total(), within(1e-9));
        assertThat(score.factors().get(3).contribution()).isCloseTo(10.5, within(1e-9));
    }

    @Test
    void victimActivatedDevicesWeighMost() {
        assertThat(ImpactScoring.deviceSeverity(Set.of(DeviceCategory.UXO, DeviceCategory.AP_MINE))).isEqualTo(1.0);
        assertThat(ImpactScoring.deviceSeverity(Set.of(DeviceCategory.AXO))).isEqualTo(0.4);
        assertThat(ImpactScoring.deviceSeverity(Set.of(DeviceCategory.AV_MINE, DeviceCategory.UXO))).isEqualTo(0.7);
    }

    @Test
    void settlementClosenessFallsByDistanceBandAndSettlementSize() {
        assertThat(ImpactScoring.settlement(300, 5)).isCloseTo(0.7, within(1e-9));
        assertThat(ImpactScoring.settlement(300, 2)).isEqualTo(1.0);
        assertThat(ImpactScoring.settlement(1_500, 4)).isCloseTo(0.4, within(1e-9));
        assertThat(ImpactScoring.settlement(4_000, 3)).isCloseTo(0.225, within(1e-9));
        assertThat(ImpactScoring.settlement(6_000, 1)).isZero();
    }

    @Test
    void confirmedAreasCountMoreThanSuspectedOnes() {
        assertThat(ImpactScoring.evidence(AreaType.CHA)).isEqualTo(1.0);
        assertThat(ImpactScoring.evidence(AreaType.SHA)).isEqualTo(0.5);
    }

    @Test
    void casualtiesAndBeneficiariesAreCapped() {
        assertThat(ImpactScoring.casualties(3)).isEqualTo(3);
        assertThat(ImpactScoring.casualties(40)).isEqualTo(10);
        assertThat(ImpactScoring.beneficiaries(250)).isEqualTo(2.5);
        assertThat(ImpactScoring.beneficiaries(5_000)).isEqualTo(10);
    }

    @Test
    void everyLandUseHasAFactor() {
        for (LandUse use : LandUse.values()) {
            assertThat(ImpactScoring.landUseFactor(use).name()).isEqualTo("LAND_" + use.name());
        }
    }
}
