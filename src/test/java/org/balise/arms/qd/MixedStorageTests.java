package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.arms.qd.DistanceType.ANY_EXPOSED_SITE;
import static org.balise.arms.qd.DistanceType.IBD;
import static org.balise.arms.qd.DistanceType.IMD;
import static org.balise.arms.qd.DistanceType.PBD;
import static org.balise.arms.qd.DistanceType.PTRD;
import static org.balise.arms.qd.DistanceType.PTR_HIGH;
import static org.balise.arms.qd.DistanceType.PTR_LOW;
import static org.balise.arms.qd.DistanceType.VBD;
import static org.balise.arms.qd.HazardDivision.HD_1_1;
import static org.balise.arms.qd.HazardDivision.HD_1_2_1;
import static org.balise.arms.qd.HazardDivision.HD_1_2_2;
import static org.balise.arms.qd.HazardDivision.HD_1_3;
import static org.balise.arms.qd.HazardDivision.HD_1_3_1;
import static org.balise.arms.qd.HazardDivision.HD_1_3_2;
import static org.balise.arms.qd.HazardDivision.HD_1_4;
import static org.balise.arms.qd.HazardDivision.HD_1_5;
import static org.balise.arms.qd.HazardDivision.HD_1_6;
import static org.balise.arms.qd.QuantityDistanceTests.metres;
import static org.balise.arms.qd.QuantityDistanceTests.metresByType;
import static org.balise.arms.qd.Refusals.assertRefused;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Mixed storage by IATG 02.20 cl. 7.5 Table 6; expected values worked by hand as in {@link QuantityDistanceTests}. */
class MixedStorageTests {

    @Test
    void oneDivisionAloneIsItsOwnDistances() {
        assertThat(MixedStorage.requiredDistances(Map.of(HD_1_1, 10_000.0)))
                .isEqualTo(QuantityDistance.distances(HD_1_1, 10_000));
    }

    @Test
    void hd11WithHd13AddsTheNeqsAndUsesHd11() {
        // Table 6: 1.1 + 1.3 -> 2000 + 8000 = 10,000 kg as HD 1.1: Q^(1/3) = 21.544;
        // IBD = 22.2 · 21.544 = 478.3 -> 479; PTRD = 14.8 · 21.544 = 318.9 -> 319; PTR low = 11.1 · 21.544 = 239.1 -> 240.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_1, 2000.0, HD_1_3, 8000.0));

        assertThat(mixed.neqKg()).isEqualTo(10_000);
        assertThat(mixed.hazardDivision()).isEqualTo(HD_1_1);
        assertThat(metresByType(mixed)).isEqualTo(metresByType(QuantityDistance.distances(HD_1_1, 10_000)));
        assertThat(mixed.distance(IBD).orElseThrow().formula())
                .isEqualTo("HD 1.1, Q = 10000 kg: D13 = 22.2·Q^(1/3) for Q > 4500 kg, minimum 400 m");
        assertThat(mixed.notes()).contains("Evaluated as HD 1.1, Q = 10000 kg: all NEQs added (cl. 7.5 Table 6, 1.1 + 1.3).");
    }

    @Test
    void hd13BesideHd11NeverLowersItsOwnSixtyMetres() {
        // 1.1 + 1.3 as HD 1.1: 50 + 100 = 150 kg, PTR low = 11.1 · 150^(1/3) = 11.1 · 5.313 = 58.98 -> 59 m.
        // HD 1.3 on its own needs 60 m (Table L.1 minimum): mixing never lowers a distance, so 60 m.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_1, 50.0, HD_1_3_1, 100.0));

        assertThat(metres(mixed, PTR_LOW)).isEqualTo(60);
        assertThat(mixed.distance(PTR_LOW).orElseThrow().formula()).startsWith("HD 1.3.1, Q = 100 kg: D2 = 3.2·Q^(1/3)");
        assertThat(metres(mixed, IBD)).isEqualTo(400);
    }

    @Test
    void hd11WithHd12TakesTheGreaterOfBothEvaluations() {
        // Table 6: 1.1 + 1.2 -> 200 + 800 = 1000 kg, as HD 1.1 and as HD 1.2.1, the greater per type.
        // As HD 1.1 (Q^(1/3) = 10): IBD 400 (minimum), PTRD 270 (minimum), PTR low 11.1 · 10 = 111.
        // As HD 1.2.1 (ln Q = 6.9078): D2 = 256.1 -> IBD 257, PTRD 0.67 · 256.1 = 171.6 -> 172, PTR low 128.05 -> 129.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_1, 200.0, HD_1_2_1, 800.0));

        assertThat(metres(mixed, IBD)).isEqualTo(400);
        assertThat(metres(mixed, PTRD)).isEqualTo(270);
        assertThat(metres(mixed, PTR_LOW)).isEqualTo(129);
        assertThat(mixed.distance(PTR_LOW).orElseThrow().formula()).startsWith("HD 1.2.1, Q = 1000 kg: 0.5·D2");
        // As HD 1.1 the mixture has every type, including those HD 1.2 does not give.
        assertThat(mixed.distances()).extracting(Distance::type).contains(VBD, PBD, IMD);
        assertThat(mixed.notes()).noneMatch(note -> note.contains("gives no"));
    }

    @Test
    void hd11WithHd12AndHd13AddsAllThree() {
        // 1000 + 1000 + 8000 = 10,000 kg: as HD 1.1, IBD 479; as HD 1.2.2 (ln Q = 9.2103) D1 = 140.1 -> 141: 479.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_1, 1000.0, HD_1_2_2, 1000.0, HD_1_3, 8000.0));

        assertThat(mixed.neqKg()).isEqualTo(10_000);
        assertThat(metres(mixed, IBD)).isEqualTo(479);
        assertThat(mixed.notes()).contains("Evaluated as HD 1.2.2, Q = 10000 kg: all NEQs added (cl. 7.5 Table 6, 1.1 + 1.2).");
    }

    @Test
    void hd12WithHd13EvaluatesEachOnItsOwnNeq() {
        // Table 6: 1.2 + 1.3, each on its own NEQ, the greatest per type.
        // HD 1.2.1, 1000 kg: IBD 257, PTRD 172, PTR low 129 (D2 = 256.1).
        // HD 1.3, 10,000 kg: Q^(1/3) = 21.544; IBD = PTR high = 6.4 · 21.544 = 137.9 -> 138, PTRD 93, PTR low 69.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_2_1, 1000.0, HD_1_3, 10_000.0));

        assertThat(metresByType(mixed)).containsExactly(
                Map.entry(IBD, 257), Map.entry(PTR_HIGH, 138), Map.entry(PTRD, 172), Map.entry(PTR_LOW, 129));
        assertThat(mixed.neqKg()).isEqualTo(11_000);
        assertThat(mixed.hazardDivision()).isEqualTo(HD_1_2_1);
        // PTR high comes from HD 1.3 alone: the notes give none for HD 1.2.1, and the result says so.
        assertThat(mixed.notes()).contains("For public traffic route, high density only the figure of HD 1.3 is "
                + "shown: IATG 02.20 as recorded in Balise gives none for HD 1.2.1.");
        assertThat(mixed.notes()).anyMatch(note -> note.contains("gives no vulnerable building distance")
                && note.endsWith("for this mixture: take them from the full standard."));
    }

    @Test
    void subdivisionsOfHd12AreAddedAndEvaluatedAsEach() {
        // 10 + 10 = 20 kg (ln Q = 2.9957, (ln Q)² = 8.9744).
        // As HD 1.2.1: D2 = 31.39 -> IBD 60 (minimum), PTRD 0.67 · 31.39 = 21.03 -> 22, PTR low 15.70 -> 16.
        // As HD 1.2.2: D1 = 28.127 - 7.082 + 14.153 = 35.20 -> IBD 36, PTRD 0.67 · 35.20 = 23.58 -> 24, PTR low 17.60 -> 18.
        // Evaluating as HD 1.2.1 alone would lower the PTRD from 24 to 22 m.
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_2_1, 10.0, HD_1_2_2, 10.0));

        assertThat(metresByType(mixed)).containsExactly(Map.entry(IBD, 60), Map.entry(PTRD, 24), Map.entry(PTR_LOW, 18));
    }

    @Test
    void hd15CountsAsHd11() {
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_1, 4000.0, HD_1_5, 6000.0));

        assertThat(metresByType(mixed)).isEqualTo(metresByType(QuantityDistance.distances(HD_1_1, 10_000)));
        assertThat(mixed.hazardDivision()).isEqualTo(HD_1_1);
        assertThat(mixed.notes()).contains("HD 1.5 (6000 kg) counts as HD 1.1 (IATG 02.20 cl. 10.2).");
    }

    @Test
    void hd14AloneIsItsRuleInWords() {
        QdResult mixed = MixedStorage.requiredDistances(Map.of(HD_1_4, 5000.0));

        assertThat(mixed.distances()).extracting(Distance::type).containsExactly(ANY_EXPOSED_SITE);
    }

    @Test
    void hd14WithOthersAddsItsNeqEverywhereAndKeepsItsRule() {
        // Conservative reading (Table 6 as recorded is silent on HD 1.4): 9000 + 1000 = 10,000 kg as HD 1.3:
        // IBD = 6.4 · 21.544 = 137.9 -> 138 (on 9000 kg alone: 6.4 · 20.801 = 133.1 -> 134).
        QdResult withHd13 = MixedStorage.requiredDistances(Map.of(HD_1_3, 9000.0, HD_1_4, 1000.0));

        assertThat(metres(withHd13, IBD)).isEqualTo(138);
        assertThat(withHd13.distance(ANY_EXPOSED_SITE).orElseThrow().text()).startsWith("More than 10 m");
        assertThat(withHd13.hazardDivision()).isEqualTo(HD_1_3);
        assertThat(withHd13.notes()).anyMatch(note -> note.startsWith("HD 1.4 (1000 kg): Table 6 as recorded does not say"));

        // With HD 1.1: 9000 + 1000 = 10,000 kg as HD 1.1, IBD 479.
        QdResult withHd11 = MixedStorage.requiredDistances(Map.of(HD_1_1, 9000.0, HD_1_4, 1000.0));
        assertThat(metres(withHd11, IBD)).isEqualTo(479);
        assertThat(withHd11.distance(ANY_EXPOSED_SITE)).isPresent();
    }

    @Test
    void refusesWhatASingleDivisionWouldRefuse() {
        assertRefused(() -> MixedStorage.requiredDistances(Map.of()), "neq", "no-quantity");
        assertRefused(() -> MixedStorage.requiredDistances(null), "neq", "no-quantity");
        assertRefused(() -> MixedStorage.requiredDistances(Map.of(HD_1_1, 100.0, HD_1_6, 10.0)), "hd", "no-iatg-figures");
        assertRefused(() -> MixedStorage.requiredDistances(Map.of(HD_1_1, 100.0, HD_1_3, -5.0)), "neq", "not-positive");
        assertRefused(() -> MixedStorage.requiredDistances(Map.of(HD_1_1, 100.0, HD_1_3, Double.NaN)), "neq", "not-finite");
        Map<HazardDivision, Double> missingQuantity = new HashMap<>();
        missingQuantity.put(HD_1_1, null);
        assertRefused(() -> MixedStorage.requiredDistances(missingQuantity), "neq", "not-finite");
        // The sum can leave the table: 200,000 + 100,000 kg as HD 1.1 is above 250,000 kg.
        assertRefused(() -> MixedStorage.requiredDistances(Map.of(HD_1_1, 200_000.0, HD_1_3, 100_000.0)), "neq",
                "above-table-range");
    }

    /** cl. 7.5: mixing never lowers a distance. Each NEQ from 13 kg (HD 1.2.1's D2 is positive) to 30,000 kg. */
    @Property(tries = 300)
    void mixingNeverLowersADistance(@ForAll("stores") Map<HazardDivision, Double> store) {
        QdResult mixed = MixedStorage.requiredDistances(store);

        store.forEach((division, neqKg) -> {
            for (Distance own : QuantityDistance.distances(division, neqKg).distances()) {
                Distance inMixture = mixed.distance(own.type()).orElseThrow(() ->
                        new AssertionError(own.type() + " of " + division + " is missing from " + mixed));
                if (own.metres() == null) {
                    assertThat(inMixture.text()).isEqualTo(own.text());
                } else {
                    assertThat(inMixture.metres()).as("%s of %s, %s kg", own.type(), division, neqKg)
                            .isGreaterThanOrEqualTo(own.metres());
                }
            }
        });
    }

    @Provide
    Arbitrary<Map<HazardDivision, Double>> stores() {
        return Arbitraries.maps(
                Arbitraries.of(HD_1_1, HD_1_2_1, HD_1_2_2, HD_1_3, HD_1_3_1, HD_1_3_2, HD_1_4, HD_1_5),
                Arbitraries.doubles().between(13, 30_000).ofScale(1)).ofMinSize(1).ofMaxSize(8);
    }
}
