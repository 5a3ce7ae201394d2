package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * D11 and D13 of IATG 02.20 Annex E Table E.1 are piecewise ("Q < 2500", "Q > 2500", "Q > 4500") and leave the
 * break points undefined. Balise's choice: exactly at a break point, the greater of the two adjacent formulas.
 */
class BreakPointTests {

    private static final double CENTIMETRE = 0.01;

    @Test
    void d13EachPiece() {
        // Q = 1000 (< 2500): 1.5 · 1000^(2/3) = 1.5 · 100 = 150.0
        assertThat(IatgTables.D13.metres(1000)).isCloseTo(150.0, within(CENTIMETRE));
        // Q = 3000 (2500 < Q < 4500): 5.5 · 3000^(1/2) = 5.5 · 54.772 = 301.25
        assertThat(IatgTables.D13.metres(3000)).isCloseTo(301.25, within(CENTIMETRE));
        // Q = 10,000 (> 4500): 22.2 · 21.544 = 478.29
        assertThat(IatgTables.D13.metres(10_000)).isCloseTo(478.29, within(CENTIMETRE));
    }

    @Test
    void d11EachPiece() {
        // Q = 1000: 1.0 · 100 = 100.0; Q = 3000: 3.6 · 54.772 = 197.18; Q = 10,000: 14.8 · 21.544 = 318.86
        assertThat(IatgTables.D11.metres(1000)).isCloseTo(100.0, within(CENTIMETRE));
        assertThat(IatgTables.D11.metres(3000)).isCloseTo(197.18, within(CENTIMETRE));
        assertThat(IatgTables.D11.metres(10_000)).isCloseTo(318.86, within(CENTIMETRE));
    }

    @Test
    void d13At2500KgIsTheGreaterOfBothPieces() {
        // 1.5 · 2500^(2/3) = 1.5 · 184.20 = 276.30; 5.5 · 2500^(1/2) = 5.5 · 50 = 275.00 -> 276.30 (the lower piece)
        assertThat(IatgTables.D13.metres(2500)).isCloseTo(276.30, within(CENTIMETRE));
        assertThat(IatgTables.D13.describe(2500)).isEqualTo(
                "D13 = 1.5·Q^(2/3) at the break point Q = 2500 kg (the greater of 1.5·Q^(2/3) and 5.5·Q^(1/2))");
        // Just below: 1.5 · 2499^(2/3) = 1.5 · 184.15 = 276.23. Just above: 5.5 · 2501^(1/2) = 5.5 · 50.01 = 275.06,
        // a step down of 1.2 m that the notes' formulas make.
        assertThat(IatgTables.D13.metres(2499)).isCloseTo(276.23, within(CENTIMETRE));
        assertThat(IatgTables.D13.metres(2501)).isCloseTo(275.06, within(CENTIMETRE));
        assertThat(IatgTables.D13.metres(2500.5)).isLessThan(IatgTables.D13.metres(2500));
    }

    @Test
    void d13At4500KgIsTheGreaterOfBothPieces() {
        // 5.5 · 4500^(1/2) = 5.5 · 67.082 = 368.95; 22.2 · 4500^(1/3) = 22.2 · 16.510 = 366.51 -> 368.95 (middle piece)
        assertThat(IatgTables.D13.metres(4500)).isCloseTo(368.95, within(CENTIMETRE));
        assertThat(IatgTables.D13.describe(4500)).startsWith("D13 = 5.5·Q^(1/2) at the break point Q = 4500 kg");
        // Just below: 5.5 · 4499^(1/2) = 368.91; just above: 22.2 · 4501^(1/3) = 366.54.
        assertThat(IatgTables.D13.metres(4499)).isCloseTo(368.91, within(CENTIMETRE));
        assertThat(IatgTables.D13.metres(4501)).isCloseTo(366.54, within(CENTIMETRE));
    }

    @Test
    void d11At2500And4500KgIsTheGreaterOfBothPieces() {
        // 2500: 1.0 · 184.20 = 184.20 vs 3.6 · 50 = 180.00 -> 184.20 (lower piece)
        assertThat(IatgTables.D11.metres(2500)).isCloseTo(184.20, within(CENTIMETRE));
        assertThat(IatgTables.D11.metres(2501)).isCloseTo(180.04, within(CENTIMETRE)); // 3.6 · 50.01
        // 4500: 3.6 · 67.082 = 241.50 vs 14.8 · 16.510 = 244.34 -> 244.34 (upper piece): here the break point is
        // above both neighbours, 4499 kg needs 3.6 · 67.075 = 241.47 and 4501 kg needs 14.8 · 16.511 = 244.36.
        assertThat(IatgTables.D11.metres(4500)).isCloseTo(244.34, within(CENTIMETRE));
        assertThat(IatgTables.D11.describe(4500)).startsWith("D11 = 14.8·Q^(1/3) at the break point Q = 4500 kg");
        assertThat(IatgTables.D11.metres(4499)).isCloseTo(241.47, within(CENTIMETRE));
        assertThat(IatgTables.D11.metres(4501)).isCloseTo(244.36, within(CENTIMETRE));
    }

    @Test
    void theStepsAreHiddenByTheIbdAndPtrdMinimums() {
        // D13 <= 368.95 up to 4500 kg, under IBD's 400 m; D11 <= 244.34, under PTRD's 270 m (Table D.1).
        for (double neqKg : new double[] {2499, 2500, 2501, 4499, 4500, 4501}) {
            QdResult result = QuantityDistance.distances(HazardDivision.HD_1_1, neqKg);
            assertThat(QuantityDistanceTests.metres(result, DistanceType.IBD)).isEqualTo(400);
            assertThat(QuantityDistanceTests.metres(result, DistanceType.PTRD)).isEqualTo(270);
        }
        assertThat(QuantityDistance.distances(HazardDivision.HD_1_1, 2500).distance(DistanceType.IBD).orElseThrow()
                .formula()).contains("at the break point Q = 2500 kg");
    }

    @Test
    void theSearchForAPermissibleQuantityDoesNotAssumeMonotonicity() {
        Requirement rawD13 = new Requirement(DistanceType.IBD, IatgTables.D13, 0, "test");
        // 276 m: piece 1 allows 1.5 · Q^(2/3) <= 276, Q <= 184^(3/2) = 2495.9 -> 2495; 2500 kg needs 276.30 -> 277 m;
        // piece 2 allows 5.5 · Q^(1/2) <= 276, Q <= (276 / 5.5)² = 50.182² = 2518.2 -> 2518; piece 3 starts at 366.5.
        assertThat(QuantityDistance.largestQuantityWithin(rawD13, 50, 250_000, 276)).isEqualTo(2518);
        assertThat(rawD13.metres(2500)).isEqualTo(277);

        Requirement rawD11 = new Requirement(DistanceType.PTRD, IatgTables.D11, 0, "test");
        // 243 m: 4500 kg needs 244.34 -> 245 m (the break-point choice), 4499 kg needs 241.47 -> 242 m; above 4500,
        // 14.8 · Q^(1/3) <= 243 needs Q <= 16.419³ = 4426, which is not above 4500. So 4499.
        assertThat(QuantityDistance.largestQuantityWithin(rawD11, 50, 250_000, 243)).isEqualTo(4499);
    }
}
