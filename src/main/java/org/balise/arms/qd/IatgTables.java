package org.balise.arms.qd;

import static org.balise.arms.qd.DistanceType.IBD;
import static org.balise.arms.qd.DistanceType.IMD;
import static org.balise.arms.qd.DistanceType.IMD_EARTH_COVERED;
import static org.balise.arms.qd.DistanceType.PBD;
import static org.balise.arms.qd.DistanceType.PTRD;
import static org.balise.arms.qd.DistanceType.PTR_HIGH;
import static org.balise.arms.qd.DistanceType.PTR_LOW;
import static org.balise.arms.qd.DistanceType.VBD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.balise.arms.qd.DistanceFunction.Formula;
import org.balise.shared.ProblemException;

/**
 * The figures of IATG 02.20 (3rd edition, 2021) per hazard division. Every number comes from the project's notes
 * on that standard and is cited by clause and table, except Balise's own upper limit for HD 1.1 and 1.3.
 */
final class IatgTables {

    /**
     * The largest NEQ Balise computes for HD 1.1, 1.5 and 1.3. The notes give no upper bound for these tables:
     * this is Balise's limit, not an IATG figure.
     */
    static final long LARGEST_HD11_HD13_KG = 250_000;
    /** HD 1.1 tables start at 50 kg; below 500 kg they extrapolate US DoD values (IATG 02.20 footnote 16). */
    static final long SMALLEST_HD11_KG = 50;
    static final long HD11_CAUTION_BELOW_KG = 500;
    /** HD 1.2 table range (Annex H Table H.1). */
    static final long SMALLEST_HD12_KG = 10;
    static final long LARGEST_HD12_KG = 500_000;
    /** HD 1.3 tables start at 500 kg (Annex L Table L.1). */
    static final long SMALLEST_HD13_KG = 500;

    // HD 1.1, Annex E Table E.1 (column feet) and Table 2 coefficients.
    static final DistanceFunction D7 = cubeRoot("D7", 2.4);
    static final DistanceFunction D8 = cubeRoot("D8", 3.6);
    static final DistanceFunction D10 = cubeRoot("D10", 8.0);
    static final DistanceFunction D11 = DistanceFunction.piecewise("D11",
            new Formula("1.0·Q^(2/3)", q -> 1.0 * twoThirds(q)), 2500,
            new Formula("3.6·Q^(1/2)", q -> 3.6 * Math.sqrt(q)), 4500,
            new Formula("14.8·Q^(1/3)", q -> 14.8 * Math.cbrt(q)));
    static final DistanceFunction D13 = DistanceFunction.piecewise("D13",
            new Formula("1.5·Q^(2/3)", q -> 1.5 * twoThirds(q)), 2500,
            new Formula("5.5·Q^(1/2)", q -> 5.5 * Math.sqrt(q)), 4500,
            new Formula("22.2·Q^(1/3)", q -> 22.2 * Math.cbrt(q)));
    private static final String D12 = "D12 = 22.2·Q^(1/3)";

    // HD 1.2, Annex H Table H.1 (natural logarithms).
    private static final String HD12_D1 = "D1 = 28.127 − 2.364·ln Q + 1.577·(ln Q)²";
    private static final String HD12_D2 = "D2 = −167.648 + 70.345·ln Q − 1.303·(ln Q)²";

    /** D2 is zero here (about 12.2 kg) and negative below: HD 1.2.1 distances cannot be computed there. */
    static final double HD12_D2_ZERO_KG = Math.exp(
            (70.345 - Math.sqrt(70.345 * 70.345 - 4 * 1.303 * 167.648)) / (2 * 1.303));

    static final Distance HD14_ANY_EXPOSED_SITE = new Distance(DistanceType.ANY_EXPOSED_SITE, null,
            "not a function of NEQ", "IATG 02.20 cl. 10.2",
            "More than 10 m to any exposed site for open stacks or light buildings; for robust buildings, "
                    + "the distance emergency access needs");

    private static final Map<HazardDivision, DivisionTable> TABLES = new EnumMap<>(HazardDivision.class);

    static {
        for (HazardDivision division : HazardDivision.values()) {
            if (division != HazardDivision.HD_1_6) {
                TABLES.put(division, build(division));
            }
        }
    }

    private IatgTables() {
    }

    /** The table of a division; HD 1.6 is refused, IATG 02.20 has no figures for it (cl. 10.2). */
    static DivisionTable of(HazardDivision division) {
        DivisionTable table = TABLES.get(division);
        if (table == null) {
            throw noFiguresForHd16();
        }
        return table;
    }

    private static DivisionTable build(HazardDivision division) {
        return switch (division) {
            case HD_1_1 -> hd11(division, List.of());
            case HD_1_5 -> hd11(division,
                    List.of("HD 1.5 is treated as HD 1.1 for quantity-distances (IATG 02.20 cl. 10.2)."));
            case HD_1_2_1 -> hd121();
            case HD_1_2_2 -> hd122();
            case HD_1_3, HD_1_3_1, HD_1_3_2 -> hd13(division);
            case HD_1_4 -> new DivisionTable(division, List.of(), List.of(HD14_ANY_EXPOSED_SITE), 0, Long.MAX_VALUE,
                    false, 0, List.of("HD 1.4 distances are not a function of NEQ (IATG 02.20 cl. 10.2)."));
            case HD_1_6 -> throw noFiguresForHd16();
        };
    }

    static ProblemException noFiguresForHd16() {
        return ProblemException.invalid("hd", "no-iatg-figures",
                "IATG 02.20 gives no quantity-distances for HD 1.6 (cl. 10.2 refers to NATO AASTP-1): "
                        + "Balise cannot compute them");
    }

    /** Annex D Table D.1 exposed-site rows with Annex E Table E.1 functions, Table 2 coefficients. */
    private static DivisionTable hd11(HazardDivision division, List<String> notes) {
        String matrix = "IATG 02.20 Annex D Table D.1, Annex E Table E.1 ";
        List<Requirement> requirements = List.of(
                new Requirement(IBD, D13, 400, matrix + "(D13)"),
                new Requirement(PTR_HIGH, D13, 400, matrix + "(D13)"),
                new Requirement(PTRD, D11, 270, matrix + "(D11)"),
                new Requirement(PTR_LOW, DistanceFunction.of("", "0.5·D12, " + D12, q -> 0.5 * 22.2 * Math.cbrt(q)),
                        0, matrix + "(0.5 × D12)"),
                new Requirement(VBD, DistanceFunction.of("", "2·D12, " + D12, q -> 2 * 22.2 * Math.cbrt(q)),
                        0, matrix + "(2 × D12)"),
                new Requirement(PBD, D10, 0, "IATG 02.20 Table 2 (8.0, 21 kPa), Annex E Table E.1 (D10)"),
                new Requirement(IMD_EARTH_COVERED, D7, 0, "IATG 02.20 Table 2 (2.4, 180 kPa), Annex E Table E.1 (D7)"),
                new Requirement(IMD, D8, 0, "IATG 02.20 Table 2 (3.6, 70 kPa), Annex E Table E.1 (D8)"));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add("Table D.1 allows a PTRD minimum of 180 m instead of 270 m in two barricaded cases: Balise does "
                + "not know whether the sites are barricaded and applies 270 m.");
        return new DivisionTable(division, requirements, List.of(), SMALLEST_HD11_KG, LARGEST_HD11_HD13_KG, false, 0,
                allNotes);
    }

    /** Annex H Table H.1 with Annex F Table F.1. */
    private static DivisionTable hd121() {
        String source = "IATG 02.20 Annex H Table H.1, Annex F Table F.1 ";
        List<Requirement> requirements = List.of(
                new Requirement(IBD, DistanceFunction.of("", HD12_D2, IatgTables::hd12D2), 60, source + "(D2)"),
                new Requirement(PTRD, DistanceFunction.of("D6", "0.67·D2, " + HD12_D2, q -> 0.67 * hd12D2(q)), 0,
                        source + "(D6)"),
                new Requirement(PTR_LOW, DistanceFunction.of("", "0.5·D2, " + HD12_D2, q -> 0.5 * hd12D2(q)), 0,
                        source + "(0.5 × D2)"));
        return new DivisionTable(HazardDivision.HD_1_2_1, requirements, List.of(), SMALLEST_HD12_KG, LARGEST_HD12_KG,
                true, HD12_D2_ZERO_KG, List.of());
    }

    /** Annex H Table H.1 with Annex G Table G.1. */
    private static DivisionTable hd122() {
        String source = "IATG 02.20 Annex H Table H.1, Annex G Table G.1 ";
        List<Requirement> requirements = List.of(
                new Requirement(IBD, DistanceFunction.of("", HD12_D1, IatgTables::hd12D1), 30, source + "(D1)"),
                new Requirement(PTRD, DistanceFunction.of("D5", "0.67·D1, " + HD12_D1, q -> 0.67 * hd12D1(q)), 20,
                        source + "(D5)"),
                new Requirement(PTR_LOW, DistanceFunction.of("", "0.5·D1, " + HD12_D1, q -> 0.5 * hd12D1(q)), 0,
                        source + "(0.5 × D1)"));
        return new DivisionTable(HazardDivision.HD_1_2_2, requirements, List.of(), SMALLEST_HD12_KG, LARGEST_HD12_KG,
                true, 0, List.of());
    }

    /** Annex L Table L.1 (with Tables J.1 and K.1): D2–D4 each with a minimum of 60 m. */
    private static DivisionTable hd13(HazardDivision division) {
        String source = "IATG 02.20 Annex L Table L.1, Tables J.1 and K.1 ";
        DistanceFunction d4 = cubeRoot("D4", 6.4);
        Requirement ptrLow = division == HazardDivision.HD_1_3_2
                ? new Requirement(PTR_LOW, DistanceFunction.of("", "60 m for HD 1.3.2", q -> 60), 0, source + "(60 m)")
                : new Requirement(PTR_LOW, cubeRoot("D2", 3.2), 60, source + "(D2)");
        List<Requirement> requirements = List.of(
                new Requirement(IBD, d4, 60, source + "(D4)"),
                new Requirement(PTR_HIGH, d4, 60, source + "(D4)"),
                new Requirement(PTRD, cubeRoot("D3", 4.3), 60, source + "(D3)"),
                ptrLow);
        List<String> notes = new ArrayList<>();
        if (division == HazardDivision.HD_1_3) {
            notes.add("HD 1.3 without subdivision gets HD 1.3.1's PTR low density distance (D2, minimum 60 m), which "
                    + "is never less than HD 1.3.2's 60 m (Annex L Table L.1).");
        }
        notes.add("Table L.1's D1 = 0.22·Q^(1/2) (minimum 25 m) is not shown: Balise's IATG 02.20 reference does not "
                + "record which exposed site it protects.");
        return new DivisionTable(division, requirements, List.of(), SMALLEST_HD13_KG, LARGEST_HD11_HD13_KG, false, 0,
                notes);
    }

    private static double hd12D1(double neqKg) {
        double ln = Math.log(neqKg);
        return 28.127 - 2.364 * ln + 1.577 * ln * ln;
    }

    private static double hd12D2(double neqKg) {
        double ln = Math.log(neqKg);
        return -167.648 + 70.345 * ln - 1.303 * ln * ln;
    }

    /** Names the distance types the recorded tables do not give, so that nobody reads their absence as zero. */
    static String notGivenNote(Collection<DistanceType> types, String forWhat) {
        return "IATG 02.20 as recorded in Balise gives no " + types.stream().map(DistanceType::label)
                .collect(Collectors.joining(", ")) + " for " + forWhat + ": take them from the full standard.";
    }

    /** Hopkinson–Cranz scaling, D = k·Q^(1/3) (cl. 5, Table 1). */
    private static DistanceFunction cubeRoot(String name, double k) {
        return DistanceFunction.of(name, String.format(Locale.ROOT, "%.1f·Q^(1/3)", k), q -> k * Math.cbrt(q));
    }

    private static double twoThirds(double neqKg) {
        double cubeRoot = Math.cbrt(neqKg);
        return cubeRoot * cubeRoot;
    }
}
