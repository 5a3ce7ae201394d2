package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.balise.arms.qd.QuantityDistanceTests.metres;
import static org.balise.arms.qd.Refusals.assertRefused;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The permissible NEQ for a distance, rounded down to the kg (IATG 02.20 cl. 7.7), and its round trip. */
class PermissibleNeqTests {

    @Test
    void hd11IbdOf479Metres() {
        // 22.2 · Q^(1/3) <= 479 -> Q <= (479 / 22.2)³ = 21.5766³ = 10044.9 -> 10044 kg, rounded down.
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_1, IBD, 479);

        assertThat(permissible.neqKg()).isEqualTo(10_044);
        assertThat(permissible.formula()).isEqualTo("D13 = 22.2·Q^(1/3) for Q > 4500 kg, minimum 400 m");
        assertThat(permissible.source()).isEqualTo("IATG 02.20 Annex D Table D.1, Annex E Table E.1 (D13)");
        assertThat(permissible.notes()).isEmpty();
        // Round trip: 10,044 kg needs 22.2 · 21.5763 = 478.98 -> 479 m; 10,045 kg needs 479.0009 -> 480 m.
        assertThat(metres(QuantityDistance.distances(HD_1_1, 10_044), IBD)).isEqualTo(479);
        assertThat(metres(QuantityDistance.distances(HD_1_1, 10_045), IBD)).isEqualTo(480);
    }

    @Test
    void aFractionOfAMetrePermitsNothingMore() {
        // Required distances are whole metres rounded up, so 479.9 m permits what 479 m permits.
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_1, IBD, 479.9);

        assertThat(permissible.neqKg()).isEqualTo(10_044);
        assertThat(permissible.notes()).anyMatch(note -> note.contains("479.9 m permits what 479 m permits"));
    }

    @Test
    void hd11AtTheMinimums() {
        // IBD 400 m: 22.2 · Q^(1/3) <= 400 -> Q <= 18.018³ = 5849.5 -> 5849 kg (every Q up to there needs 400 m).
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, IBD, 400).neqKg()).isEqualTo(5849);
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, PTR_HIGH, 400).neqKg()).isEqualTo(5849);
        // PTRD 270 m: 14.8 · Q^(1/3) <= 270 -> Q <= 18.243³ = 6071.6 -> 6071 kg.
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, PTRD, 270).neqKg()).isEqualTo(6071);
    }

    @Test
    void hd11BelowTheIbdMinimumPermitsNothing() {
        // Even 50 kg, the smallest quantity the tables cover, needs the 400 m minimum (Table D.1).
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_1, IBD, 399);

        assertThat(permissible.neqKg()).isZero();
        assertThat(permissible.notes()).singleElement().asString()
                .contains("Even 50 kg", "needs 400 m of inhabited building distance");
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, PTRD, 269.5).neqKg()).isZero();
        // 50 kg needs 2.4 · 50^(1/3) = 2.4 · 3.684 = 8.84 -> 9 m of earth-covered inter-magazine distance.
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, IMD_EARTH_COVERED, 8).neqKg()).isZero();
        assertThat(QuantityDistance.permissibleNeq(HD_1_1, IMD_EARTH_COVERED, 0).neqKg()).isZero();
    }

    @Test
    void hd11SmallQuantitiesCarryFootnote16() {
        // 2.4 · Q^(1/3) <= 10 -> Q <= 4.1667³ = 72.3 -> 72 kg, under 500 kg.
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_1, IMD_EARTH_COVERED, 10);

        assertThat(permissible.neqKg()).isEqualTo(72);
        assertThat(permissible.notes()).anyMatch(note -> note.contains("footnote 16"));
    }

    @Test
    void isCappedAtTheLargestQuantityAndSaysSo() {
        // 250,000 kg needs 22.2 · 62.996 = 1398.5 -> 1399 m: 2000 m permits more than the tables cover.
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_1, IBD, 2000);

        assertThat(permissible.neqKg()).isEqualTo(250_000);
        assertThat(permissible.notes()).anyMatch(note -> note.startsWith("Capped at 250000 kg"));
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_2, IBD, 2000).neqKg()).isEqualTo(500_000);
        // HD 1.3.2's PTR low is 60 m whatever the quantity.
        assertThat(QuantityDistance.permissibleNeq(HD_1_3_2, PTR_LOW, 60).neqKg()).isEqualTo(250_000);
        assertThat(QuantityDistance.permissibleNeq(HD_1_3_2, PTR_LOW, 59).neqKg()).isZero();
    }

    @Test
    void hd15IsHd11WithANote() {
        PermissibleNeq permissible = QuantityDistance.permissibleNeq(HD_1_5, IBD, 479);

        assertThat(permissible.neqKg()).isEqualTo(10_044);
        assertThat(permissible.notes()).anyMatch(note -> note.contains("HD 1.5 is treated as HD 1.1"));
    }

    @Test
    void hd12() {
        // HD 1.2.1 IBD 60 m: D2 <= 60 -> -1.303·L² + 70.345·L - 227.648 <= 0 -> L <= 3.4576, Q <= e^3.4576 = 31.7 -> 31.
        // Check: ln 31 = 3.4340, (ln 31)² = 11.792; D2 = -167.648 + 241.565 - 15.366 = 58.55; D2(32) = 60.50 -> 61.
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_1, IBD, 60).neqKg()).isEqualTo(31);
        // HD 1.2.1 IBD 257 m: D2 <= 257 -> L <= 6.92491, Q <= 1017.3 -> 1017 (D2(1017) = 256.98, D2(1018) = 257.04).
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_1, IBD, 257).neqKg()).isEqualTo(1017);
        // HD 1.2.1 PTRD: the smallest quantity with a positive D2 is 13 kg, needing 0.67 · 4.21 = 2.82 -> 3 m.
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_1, PTRD, 2).neqKg()).isZero();
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_1, PTRD, 2).notes().getFirst()).contains("Even 13 kg");
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_1, PTRD, 3).neqKg()).isEqualTo(13);
        // HD 1.2.2 IBD 88 m: D1(1050) = 87.998, D1(1051) = 88.017 -> 1050.
        assertThat(QuantityDistance.permissibleNeq(HD_1_2_2, IBD, 88).neqKg()).isEqualTo(1050);
    }

    @Test
    void hd13() {
        // D4 = 6.4 · Q^(1/3) <= 60 -> Q <= 9.375³ = 823.97 -> 823 kg.
        assertThat(QuantityDistance.permissibleNeq(HD_1_3_1, IBD, 60).neqKg()).isEqualTo(823);
        // Under 60 m even 500 kg, where Table L.1 starts, is too much.
        assertThat(QuantityDistance.permissibleNeq(HD_1_3, PTRD, 59).neqKg()).isZero();
        assertThat(QuantityDistance.permissibleNeq(HD_1_3, PTRD, 59).notes().getFirst()).contains("Even 500 kg");
    }

    @Test
    void refusesWhatNoTableAnswers() {
        for (DistanceType notGiven : List.of(PTR_HIGH, VBD, PBD, IMD_EARTH_COVERED, IMD)) {
            assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_2_1, notGiven, 500), "type", "distance-not-given");
            assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_2_2, notGiven, 500), "type", "distance-not-given");
        }
        for (DistanceType notGiven : List.of(VBD, PBD, IMD_EARTH_COVERED, IMD)) {
            assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_3, notGiven, 500), "type", "distance-not-given");
        }
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_1, DistanceType.ANY_EXPOSED_SITE, 500), "type",
                "distance-not-given");
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_1, null, 500), "type", "distance-not-given");
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_4, DistanceType.ANY_EXPOSED_SITE, 500), "hd",
                "not-a-function-of-neq");
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_6, IBD, 500), "hd", "no-iatg-figures");
        assertRefused(() -> QuantityDistance.permissibleNeq(null, IBD, 500), "hd", "unknown-division");
    }

    @Test
    void refusesDistancesThatAreNotOne() {
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_1, IBD, Double.NaN), "metres", "not-finite");
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_1, IBD, Double.POSITIVE_INFINITY), "metres", "not-finite");
        assertRefused(() -> QuantityDistance.permissibleNeq(HD_1_1, IBD, -1), "metres", "negative");
    }

    /**
     * The round trip of cl. 7.7: the permissible NEQ needs no more than the distance, one kg more needs more. It
     * holds for every distance type Balise returns because the 400 m and 270 m minimums hide the steps of D11 and
     * D13 (see {@link BreakPointTests} for the raw functions).
     */
    @Property(tries = 500)
    void permissibleNeqRoundTrips(@ForAll("divisionsAndTypes") DivisionAndType asked,
                                  @ForAll("distances") double metres) {
        HazardDivision division = asked.division();
        long neqKg = QuantityDistance.permissibleNeq(division, asked.type(), metres).neqKg();
        long largestKg = division == HD_1_2_1 || division == HD_1_2_2 ? 500_000 : 250_000;
        int wholeMetres = (int) Math.floor(metres);

        if (neqKg > 0) {
            assertThat(metres(QuantityDistance.distances(division, neqKg), asked.type())).isLessThanOrEqualTo(wholeMetres);
        }
        if (neqKg > 0 && neqKg < largestKg) {
            assertThat(metres(QuantityDistance.distances(division, neqKg + 1), asked.type())).isGreaterThan(wholeMetres);
        }
    }

    record DivisionAndType(HazardDivision division, DistanceType type) {
    }

    @Provide
    Arbitrary<DivisionAndType> divisionsAndTypes() {
        List<DivisionAndType> given = List.of(HD_1_1, HD_1_5, HD_1_2_1, HD_1_2_2, HD_1_3, HD_1_3_1, HD_1_3_2).stream()
                .flatMap(division -> QuantityDistance.distances(division, 1000).distances().stream()
                        .map(distance -> new DivisionAndType(division, distance.type())))
                .toList();
        return Arbitraries.of(given);
    }

    @Provide
    Arbitrary<Double> distances() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 3000).ofScale(1),
                Arbitraries.integers().between(0, 3000).map(Integer::doubleValue));
    }
}
