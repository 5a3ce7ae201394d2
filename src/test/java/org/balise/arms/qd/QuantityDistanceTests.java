package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.arms.qd.DistanceType.ANY_EXPOSED_SITE;
import static org.balise.arms.qd.DistanceType.IBD;
import static org.balise.arms.qd.DistanceType.IMD;
import static org.balise.arms.qd.DistanceType.IMD_EARTH_COVERED;
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
import static org.balise.arms.qd.Refusals.assertRefused;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values are computed by hand from the formulas of IATG 02.20 (3rd edition, 2021), Annex D Table D.1,
 * Annex E Table E.1, Annex H Table H.1 and Annex L Table L.1, then rounded up to the metre (cl. 7.7).
 */
class QuantityDistanceTests {

    @Test
    void hd11At10000KgUsesTheCubeRootPiecesOfTableE1() {
        // Q = 10,000 kg > 4500: Q^(1/3) = 21.544
        QdResult result = QuantityDistance.distances(HD_1_1, 10_000);

        assertThat(metresByType(result)).containsExactly(
                Map.entry(IBD, 479),               // D13 = 22.2 · 21.544 = 478.3 -> 479 (over the 400 m minimum)
                Map.entry(PTR_HIGH, 479),          // D13 as for IBD
                Map.entry(PTRD, 319),              // D11 = 14.8 · 21.544 = 318.9 -> 319 (over 270 m)
                Map.entry(PTR_LOW, 240),           // 0.5 · D12 = 0.5 · 22.2 · 21.544 = 239.1 -> 240
                Map.entry(VBD, 957),               // 2 · D12 = 44.4 · 21.544 = 956.6 -> 957
                Map.entry(PBD, 173),               // D10 = 8.0 · 21.544 = 172.4 -> 173
                Map.entry(IMD_EARTH_COVERED, 52),  // D7 = 2.4 · 21.544 = 51.7 -> 52
                Map.entry(IMD, 78));               // D8 = 3.6 · 21.544 = 77.6 -> 78
        assertThat(result.distance(IBD).orElseThrow().formula())
                .isEqualTo("D13 = 22.2·Q^(1/3) for Q > 4500 kg, minimum 400 m");
        assertThat(result.distance(IBD).orElseThrow().source())
                .isEqualTo("IATG 02.20 Annex D Table D.1, Annex E Table E.1 (D13)");
        assertThat(result.distance(PBD).orElseThrow().source()).contains("Table 2 (8.0, 21 kPa)", "(D10)");
        assertThat(result.distances()).allSatisfy(distance -> assertThat(distance.text()).isNull());
        assertThat(result.notes()).noneMatch(note -> note.contains("footnote 16"));
    }

    @Test
    void hd11At100KgIsGovernedByTheMinimumsOfTableD1() {
        // Q = 100 kg < 2500: D13 = 1.5 · 100^(2/3) = 1.5 · 21.544 = 32.3 < 400; D11 = 1.0 · 21.544 < 270.
        // Q^(1/3) = 4.6416 for the cube-root distances.
        QdResult result = QuantityDistance.distances(HD_1_1, 100);

        assertThat(metresByType(result)).containsExactly(
                Map.entry(IBD, 400),
                Map.entry(PTR_HIGH, 400),
                Map.entry(PTRD, 270),
                Map.entry(PTR_LOW, 52),            // 11.1 · 4.6416 = 51.5 -> 52
                Map.entry(VBD, 207),               // 44.4 · 4.6416 = 206.1 -> 207
                Map.entry(PBD, 38),                // 8.0 · 4.6416 = 37.1 -> 38
                Map.entry(IMD_EARTH_COVERED, 12),  // 2.4 · 4.6416 = 11.1 -> 12
                Map.entry(IMD, 17));               // 3.6 · 4.6416 = 16.7 -> 17
        assertThat(result.distance(IBD).orElseThrow().formula())
                .isEqualTo("D13 = 1.5·Q^(2/3) for Q < 2500 kg, minimum 400 m");
        assertThat(result.distance(PTRD).orElseThrow().formula())
                .isEqualTo("D11 = 1.0·Q^(2/3) for Q < 2500 kg, minimum 270 m");
        // Footnote 16: below 500 kg the table extrapolates US DoD values.
        assertThat(result.notes()).contains(
                "Q below 500 kg: the table extrapolates US DoD values, use with extreme caution (IATG 02.20 footnote 16).");
    }

    @Test
    void hd11At50000KgAndAtTheLargestQuantity() {
        // Q = 50,000 kg: Q^(1/3) = 36.840; IBD = 22.2 · 36.840 = 817.9 -> 818; PTRD = 14.8 · 36.840 = 545.2 -> 546.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 50_000), IBD)).isEqualTo(818);
        assertThat(metres(QuantityDistance.distances(HD_1_1, 50_000), PTRD)).isEqualTo(546);
        // Q = 250,000 kg: Q^(1/3) = 62.996; IBD = 22.2 · 62.996 = 1398.5 -> 1399; VBD = 44.4 · 62.996 = 2797.0 -> 2798.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 250_000), IBD)).isEqualTo(1399);
        assertThat(metres(QuantityDistance.distances(HD_1_1, 250_000), VBD)).isEqualTo(2798);
    }

    @Test
    void distancesAreRoundedUpNeverDown() {
        // cl. 7.7. Q = 5850 kg: IBD = 22.2 · 5850^(1/3) = 22.2 · 18.0185 = 400.011 -> 401, not 400.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 5850), IBD)).isEqualTo(401);
        // Q = 5849 kg: 22.2 · 18.0174 = 399.988 -> the 400 m minimum.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 5849), IBD)).isEqualTo(400);
        // Q = 1000 kg: PTR low = 11.1 · 10 = 111 exactly: a whole number stays as it is.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 1000), PTR_LOW)).isEqualTo(111);
    }

    @Test
    void hd11BelowFiftyKgKeepsTheDistancesOfFiftyKg() {
        // The tables start at 50 kg (footnote 16); below it Balise does not extrapolate but keeps the distances of
        // 50 kg, which cover the smaller quantity. 50^(1/3) = 3.6840: PTR low = 11.1 · 3.6840 = 40.9 -> 41.
        QdResult result = QuantityDistance.distances(HD_1_1, 20);

        assertThat(metres(result, PTR_LOW)).isEqualTo(41);
        assertThat(metres(result, IMD_EARTH_COVERED)).isEqualTo(9);   // 2.4 · 3.6840 = 8.84 -> 9
        assertThat(metres(result, IBD)).isEqualTo(400);
        assertThat(result.neqKg()).isEqualTo(20);
        assertThat(result.notes()).anyMatch(note -> note.contains("below 50 kg") && note.contains("those of 50 kg"));
    }

    @Test
    void hd15IsHd11WithANote() {
        // cl. 10.2: HD 1.5 is treated as HD 1.1.
        QdResult hd15 = QuantityDistance.distances(HD_1_5, 10_000);
        QdResult hd11 = QuantityDistance.distances(HD_1_1, 10_000);

        assertThat(hd15.distances()).isEqualTo(hd11.distances());
        assertThat(hd15.hazardDivision()).isEqualTo(HD_1_5);
        assertThat(hd15.notes()).contains("HD 1.5 is treated as HD 1.1 for quantity-distances (IATG 02.20 cl. 10.2).");
    }

    @Test
    void hd121At100And1000Kg() {
        // Annex H Table H.1, Annex F Table F.1: D2 = -167.648 + 70.345·ln Q - 1.303·(ln Q)²
        // Q = 1000: ln Q = 6.9078, (ln Q)² = 47.717; D2 = -167.648 + 485.929 - 62.175 = 256.1
        QdResult at1000 = QuantityDistance.distances(HD_1_2_1, 1000);
        assertThat(metresByType(at1000)).containsExactly(
                Map.entry(IBD, 257),        // D2 = 256.1 -> 257 (over the 60 m minimum)
                Map.entry(PTRD, 172),       // D6 = 0.67 · 256.1 = 171.6 -> 172
                Map.entry(PTR_LOW, 129));   // 0.5 · 256.1 = 128.05 -> 129
        assertThat(at1000.distance(PTRD).orElseThrow().formula())
                .isEqualTo("D6 = 0.67·D2, D2 = −167.648 + 70.345·ln Q − 1.303·(ln Q)²");
        assertThat(at1000.distance(IBD).orElseThrow().source())
                .isEqualTo("IATG 02.20 Annex H Table H.1, Annex F Table F.1 (D2)");

        // Q = 100: ln Q = 4.6052, (ln Q)² = 21.208; D2 = -167.648 + 323.952 - 27.634 = 128.67
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_1, 100))).containsExactly(
                Map.entry(IBD, 129), Map.entry(PTRD, 87), Map.entry(PTR_LOW, 65)); // 128.67, 86.21, 64.34
    }

    @Test
    void hd121At20KgIsGovernedByTheIbdMinimumOnly() {
        // Q = 20: ln Q = 2.9957, (ln Q)² = 8.9744; D2 = -167.648 + 210.736 - 11.694 = 31.39 < 60.
        // PTRD (D6) and PTR low carry no minimum in Table H.1: 0.67 · 31.39 = 21.03 -> 22; 0.5 · 31.39 = 15.70 -> 16.
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_1, 20))).containsExactly(
                Map.entry(IBD, 60), Map.entry(PTRD, 22), Map.entry(PTR_LOW, 16));
    }

    @Test
    void hd122AtTheEndsOfTheTableAndBetween() {
        // Annex H Table H.1, Annex G Table G.1: D1 = 28.127 - 2.364·ln Q + 1.577·(ln Q)²
        // Q = 10: ln Q = 2.3026, (ln Q)² = 5.3019; D1 = 28.127 - 5.443 + 8.361 = 31.045 (the 30 m minimum never
        // governs in the table range: D1 >= 31.0 from 10 kg; nor D5's 20 m: 0.67 · 31.045 = 20.80).
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_2, 10))).containsExactly(
                Map.entry(IBD, 32), Map.entry(PTRD, 21), Map.entry(PTR_LOW, 16)); // 31.05, 20.80, 15.52
        // Q = 1000: ln Q = 6.9078, (ln Q)² = 47.717; D1 = 28.127 - 16.330 + 75.250 = 87.05
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_2, 1000))).containsExactly(
                Map.entry(IBD, 88), Map.entry(PTRD, 59), Map.entry(PTR_LOW, 44)); // 87.05, 58.32, 43.52
        // Q = 500,000: ln Q = 13.1224, (ln Q)² = 172.196; D1 = 28.127 - 31.021 + 271.553 = 268.66
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_2, 500_000))).containsExactly(
                Map.entry(IBD, 269), Map.entry(PTRD, 181), Map.entry(PTR_LOW, 135)); // 268.66, 180.002, 134.33
        assertThat(QuantityDistance.distances(HD_1_2_2, 1000).distance(PTRD).orElseThrow().formula())
                .isEqualTo("D5 = 0.67·D1, D1 = 28.127 − 2.364·ln Q + 1.577·(ln Q)², minimum 20 m");
    }

    @ParameterizedTest
    @EnumSource(value = HazardDivision.class, names = {"HD_1_2_1", "HD_1_2_2"})
    void hd12ListsTheTypesTheNotesDoNotGive(HazardDivision division) {
        QdResult result = QuantityDistance.distances(division, 1000);

        assertThat(result.distances()).extracting(Distance::type).containsExactly(IBD, PTRD, PTR_LOW);
        assertThat(result.notes()).contains("IATG 02.20 as recorded in Balise gives no public traffic route, high "
                + "density, vulnerable building distance, process building distance, inter-magazine distance, "
                + "earth-covered (180 kPa), inter-magazine distance (70 kPa) for " + division
                + ": take them from the full standard.");
    }

    @Test
    void hd13At10000Kg() {
        // Annex L Table L.1: Q^(1/3) = 21.544; D4 = 6.4 · 21.544 = 137.9; D3 = 4.3 · 21.544 = 92.6;
        // D2 = 3.2 · 21.544 = 68.9 (each over its 60 m minimum).
        QdResult result = QuantityDistance.distances(HD_1_3_1, 10_000);

        assertThat(metresByType(result)).containsExactly(
                Map.entry(IBD, 138), Map.entry(PTR_HIGH, 138), Map.entry(PTRD, 93), Map.entry(PTR_LOW, 69));
        assertThat(result.distance(PTRD).orElseThrow().formula()).isEqualTo("D3 = 4.3·Q^(1/3), minimum 60 m");
        // D1 = 0.22·Q^(1/2) is left out: the notes do not say what it protects.
        assertThat(result.distances()).noneMatch(distance -> distance.formula().contains("0.22"));
        assertThat(result.notes()).anyMatch(note -> note.contains("D1 = 0.22·Q^(1/2)") && note.contains("not shown"));
        assertThat(result.notes()).anyMatch(note -> note.contains("gives no vulnerable building distance, process "
                + "building distance, inter-magazine distance"));
    }

    @Test
    void hd13At500KgIsAllMinimums() {
        // Q = 500: Q^(1/3) = 7.937; D4 = 50.8, D3 = 34.1, D2 = 25.4: all under the 60 m minimums.
        assertThat(metresByType(QuantityDistance.distances(HD_1_3_1, 500))).containsExactly(
                Map.entry(IBD, 60), Map.entry(PTR_HIGH, 60), Map.entry(PTRD, 60), Map.entry(PTR_LOW, 60));
    }

    @Test
    void hd13BelowTheTableIsComputedWithTheMinimumsAndSaysSo() {
        QdResult result = QuantityDistance.distances(HD_1_3_1, 100);

        assertThat(metresByType(result)).containsExactly(
                Map.entry(IBD, 60), Map.entry(PTR_HIGH, 60), Map.entry(PTRD, 60), Map.entry(PTR_LOW, 60));
        assertThat(result.notes()).anyMatch(note -> note.contains("below 500 kg"));
    }

    @Test
    void hd132HasASixtyMetrePtrLowAndHd13WithoutSubdivisionTakesTheGreater() {
        // Table L.1: PTR low = D2 for 1.3.1, 60 m for 1.3.2. At 10,000 kg D2 = 68.9 -> 69.
        assertThat(metres(QuantityDistance.distances(HD_1_3_2, 10_000), PTR_LOW)).isEqualTo(60);
        assertThat(metres(QuantityDistance.distances(HD_1_3_2, 10_000), IBD)).isEqualTo(138);
        QdResult undivided = QuantityDistance.distances(HD_1_3, 10_000);
        assertThat(metres(undivided, PTR_LOW)).isEqualTo(69);
        assertThat(undivided.notes()).anyMatch(note -> note.contains("never less than HD 1.3.2's 60 m"));
    }

    @Test
    void hd13AtTheLargestQuantity() {
        // Q = 250,000: Q^(1/3) = 62.996; D4 = 6.4 · 62.996 = 403.2 -> 404.
        assertThat(metres(QuantityDistance.distances(HD_1_3, 250_000), IBD)).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1000, 1_000_000})
    void hd14GivesItsRuleInWordsWhateverTheQuantity(double neqKg) {
        // cl. 10.2: "not a function of NEQ".
        QdResult result = QuantityDistance.distances(HD_1_4, neqKg);

        assertThat(result.distances()).singleElement().satisfies(distance -> {
            assertThat(distance.type()).isEqualTo(ANY_EXPOSED_SITE);
            assertThat(distance.metres()).isNull();
            assertThat(distance.text()).isEqualTo("More than 10 m to any exposed site for open stacks or light "
                    + "buildings; for robust buildings, the distance emergency access needs");
            assertThat(distance.formula()).isEqualTo("not a function of NEQ");
            assertThat(distance.source()).isEqualTo("IATG 02.20 cl. 10.2");
        });
    }

    @ParameterizedTest
    @EnumSource(value = HazardDivision.class, names = "HD_1_6", mode = EnumSource.Mode.EXCLUDE)
    void aDistanceWithoutMetresAlwaysHasText(HazardDivision division) {
        QdResult result = QuantityDistance.distances(division, 1000);

        assertThat(result.distances()).isNotEmpty().allSatisfy(distance ->
                assertThat(distance.metres() != null || (distance.text() != null && !distance.text().isBlank())).isTrue());
    }

    @Test
    void refusesHd16ForWantOfIatgFigures() {
        assertRefused(() -> QuantityDistance.distances(HD_1_6, 1000), "hd", "no-iatg-figures");
        assertRefused(() -> QuantityDistance.distances(null, 1000), "hd", "unknown-division");
    }

    @ParameterizedTest
    @EnumSource(value = HazardDivision.class, names = "HD_1_6", mode = EnumSource.Mode.EXCLUDE)
    void refusesQuantitiesNoTableCanTake(HazardDivision division) {
        assertRefused(() -> QuantityDistance.distances(division, Double.NaN), "neq", "not-finite");
        assertRefused(() -> QuantityDistance.distances(division, Double.POSITIVE_INFINITY), "neq", "not-finite");
        assertRefused(() -> QuantityDistance.distances(division, 0), "neq", "not-positive");
        assertRefused(() -> QuantityDistance.distances(division, -1), "neq", "not-positive");
    }

    @ParameterizedTest
    @EnumSource(value = HazardDivision.class, names = {"HD_1_1", "HD_1_5", "HD_1_3", "HD_1_3_1", "HD_1_3_2"})
    void refusesAbove250000KgForHd11Hd13AndHd15(HazardDivision division) {
        assertThat(QuantityDistance.distances(division, 250_000).distances()).isNotEmpty();
        assertRefused(() -> QuantityDistance.distances(division, 250_000.5), "neq", "above-table-range");
    }

    @ParameterizedTest
    @EnumSource(value = HazardDivision.class, names = {"HD_1_2_1", "HD_1_2_2"})
    void refusesHd12OutsideTenTo500000Kg(HazardDivision division) {
        // Annex H Table H.1 range; the distances are not extrapolated.
        assertThat(QuantityDistance.distances(division, 500_000).distances()).isNotEmpty();
        assertRefused(() -> QuantityDistance.distances(division, 500_001), "neq", "above-table-range");
        assertRefused(() -> QuantityDistance.distances(division, 9.99), "neq", "below-table-range");
    }

    @Test
    void refusesHd121WhereD2IsNegative() {
        // D2 = 0 at ln Q = (70.345 - sqrt(70.345² - 4 · 1.303 · 167.648)) / (2 · 1.303) = 2.4988, Q = 12.17 kg.
        // Q = 12: ln Q = 2.4849, (ln Q)² = 6.1748; D2 = -167.648 + 174.800 - 8.046 = -0.89 m: refused, inside the
        // table range. Q = 13: D2 = -167.648 + 180.430 - 8.572 = 4.21 -> IBD 60, PTRD 0.67 · 4.21 = 2.82 -> 3.
        assertRefused(() -> QuantityDistance.distances(HD_1_2_1, 10), "neq", "below-formula-range");
        assertRefused(() -> QuantityDistance.distances(HD_1_2_1, 12), "neq", "below-formula-range");
        assertThat(metresByType(QuantityDistance.distances(HD_1_2_1, 13))).containsExactly(
                Map.entry(IBD, 60), Map.entry(PTRD, 3), Map.entry(PTR_LOW, 3));
        // HD 1.2.2 has no such gap: D1 stays positive.
        assertThat(QuantityDistance.distances(HD_1_2_2, 10).distances()).isNotEmpty();
    }

    static int metres(QdResult result, DistanceType type) {
        return result.distance(type).orElseThrow().metres();
    }

    static Map<DistanceType, Integer> metresByType(QdResult result) {
        Map<DistanceType, Integer> metres = new LinkedHashMap<>();
        result.distances().forEach(distance -> metres.put(distance.type(), distance.metres()));
        return metres;
    }
}
