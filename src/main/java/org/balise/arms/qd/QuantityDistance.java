package org.balise.arms.qd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balise.shared.ProblemException;

/**
 * Quantity-distances of IATG 02.20 (3rd edition, 2021) for one hazard division, and the reverse: the largest NEQ
 * a distance permits. Stateless.
 */
public final class QuantityDistance {

    private static final String FOOTNOTE_16 =
            "Q below 500 kg: the table extrapolates US DoD values, use with extreme caution (IATG 02.20 footnote 16).";

    private QuantityDistance() {
    }

    /** Every distance the recorded tables give for this division and NEQ, in {@link DistanceType} order. */
    public static QdResult distances(HazardDivision hd, double neqKg) {
        QdResult result = distancesWithoutNotGiven(hd, neqKg);
        List<DistanceType> notGiven = IatgTables.of(hd).notGiven();
        if (notGiven.isEmpty()) {
            return result;
        }
        List<String> notes = new ArrayList<>(result.notes());
        notes.add(IatgTables.notGivenNote(notGiven, hd.toString()));
        return new QdResult(neqKg, hd, result.distances(), notes);
    }

    /** As {@link #distances}, without the note on missing types: a mixed store words that note for itself. */
    static QdResult distancesWithoutNotGiven(HazardDivision hd, double neqKg) {
        DivisionTable table = IatgTables.of(requireDivision(hd));
        requireQuantity(neqKg, "NEQ");
        requireWithinRange(table, neqKg);
        List<String> notes = new ArrayList<>();
        double evaluatedKg = neqKg;
        if (!table.requirements().isEmpty() && neqKg < table.smallestTabulatedKg()) {
            // The tables are not extrapolated downwards: the distances of the smallest tabulated quantity are
            // kept, and they cover any smaller one since every function grows with Q there.
            evaluatedKg = table.smallestTabulatedKg();
            notes.add("Q = " + plain(neqKg) + " kg is below " + table.smallestTabulatedKg() + " kg, the smallest "
                    + "quantity the " + table.division() + " tables cover: the distances are those of "
                    + table.smallestTabulatedKg() + " kg, which cover any smaller quantity.");
        }
        if (table.isHd11Family() && neqKg < IatgTables.HD11_CAUTION_BELOW_KG) {
            notes.add(FOOTNOTE_16);
        }
        notes.addAll(table.notes());
        List<Distance> distances = new ArrayList<>();
        for (Requirement requirement : table.requirements()) {
            distances.add(requirement.distance(evaluatedKg));
        }
        distances.addAll(table.wordedDistances());
        return new QdResult(neqKg, hd, distances, notes);
    }

    /**
     * The largest NEQ, rounded down to the kg (cl. 7.7), whose required distance of this type is at most
     * {@code metres}, within the quantities the tables cover; 0 kg when even the smallest needs more. D11 and D13
     * can step down just after a break point, so each non-decreasing piece is searched and the largest answer kept.
     */
    public static PermissibleNeq permissibleNeq(HazardDivision hd, DistanceType type, double metres) {
        DivisionTable table = IatgTables.of(requireDivision(hd));
        if (hd == HazardDivision.HD_1_4) {
            throw ProblemException.invalid("hd", "not-a-function-of-neq",
                    "HD 1.4 distances are not a function of NEQ (IATG 02.20 cl. 10.2): no quantity follows from a distance");
        }
        if (Double.isNaN(metres) || Double.isInfinite(metres)) {
            throw ProblemException.invalid("metres", "not-finite", "The distance must be a finite number of metres");
        }
        if (metres < 0) {
            throw ProblemException.invalid("metres", "negative", "The distance cannot be negative");
        }
        if (type == null) {
            throw ProblemException.invalid("type", "distance-not-given", "Choose a distance type");
        }
        Requirement requirement = table.requirement(type).orElseThrow(() -> ProblemException.invalid("type",
                "distance-not-given", "IATG 02.20 as recorded in Balise gives no " + type.label() + " for " + hd));

        long smallestKg = table.smallestComputableKg();
        long neqKg = largestQuantityWithin(requirement, smallestKg, table.largestKg(), metres);

        List<String> notes = new ArrayList<>();
        if (metres != Math.floor(metres)) {
            notes.add("Required distances are whole metres rounded up (cl. 7.7): " + plain(metres) + " m permits what "
                    + (long) Math.floor(metres) + " m permits.");
        }
        if (neqKg == 0) {
            notes.add("Even " + smallestKg + " kg, the smallest quantity the " + hd + " tables cover, needs "
                    + requirement.metres(smallestKg) + " m of " + type.label() + ": no quantity is permissible at "
                    + plain(metres) + " m.");
        } else if (neqKg == table.largestKg()) {
            notes.add("Capped at " + table.largestKg() + " kg, the largest quantity Balise computes for " + hd
                    + ": the distance may permit more, but the tables do not say.");
        }
        if (table.isHd11Family() && neqKg > 0 && neqKg < IatgTables.HD11_CAUTION_BELOW_KG) {
            notes.add(FOOTNOTE_16);
        }
        if (hd == HazardDivision.HD_1_5) {
            notes.add(table.notes().getFirst());
        }
        String formula = requirement.formula(neqKg == 0 ? smallestKg : neqKg);
        return new PermissibleNeq(hd, type, metres, neqKg, formula, requirement.source(), notes);
    }

    /**
     * The largest whole kg in [fromKg, toKg] whose required distance is within {@code metres}, or 0. Binary search
     * on each non-decreasing piece of the function: the whole function need not be monotone.
     */
    static long largestQuantityWithin(Requirement requirement, long fromKg, long toKg, double metres) {
        long best = 0;
        for (DistanceFunction.KgRange piece : requirement.function().monotonePieces(fromKg, toKg)) {
            if (requirement.metres(piece.fromKg()) > metres) {
                continue;
            }
            long within = piece.fromKg();
            long beyond = piece.toKg() + 1;
            while (beyond - within > 1) {
                long middle = within + (beyond - within) / 2;
                if (requirement.metres(middle) <= metres) {
                    within = middle;
                } else {
                    beyond = middle;
                }
            }
            best = Math.max(best, within);
        }
        return best;
    }

    static HazardDivision requireDivision(HazardDivision hd) {
        if (hd == null) {
            throw ProblemException.invalid("hd", "unknown-division", "Choose a hazard division");
        }
        return hd;
    }

    /** Refuses a quantity no table could take: not a number, infinite, zero or negative. */
    static void requireQuantity(double neqKg, String what) {
        if (Double.isNaN(neqKg) || Double.isInfinite(neqKg)) {
            throw ProblemException.invalid("neq", "not-finite", what + " must be a finite number of kg");
        }
        if (neqKg <= 0) {
            throw ProblemException.invalid("neq", "not-positive", what + " must be more than 0 kg");
        }
    }

    private static void requireWithinRange(DivisionTable table, double neqKg) {
        if (neqKg > table.largestKg()) {
            throw ProblemException.invalid("neq", "above-table-range", "NEQ " + plain(neqKg) + " kg is above "
                    + table.largestKg() + " kg, the largest quantity Balise computes for " + table.division()
                    + ": the IATG 02.20 distances are not extrapolated");
        }
        if (table.refusedBelowTable() && neqKg < table.smallestTabulatedKg()) {
            throw ProblemException.invalid("neq", "below-table-range", "NEQ " + plain(neqKg) + " kg is below "
                    + table.smallestTabulatedKg() + " kg, where the " + table.division() + " tables start (IATG 02.20 "
                    + "Annex H Table H.1): the distances are not extrapolated");
        }
        if (neqKg <= table.formulaValidAboveKg()) {
            throw ProblemException.invalid("neq", "below-formula-range", "NEQ " + plain(neqKg) + " kg is at or below "
                    + String.format(Locale.ROOT, "%.1f", table.formulaValidAboveKg()) + " kg, where D2 of IATG 02.20 "
                    + "Annex H Table H.1 is zero or negative: the " + table.division() + " distances cannot be "
                    + "computed from it");
        }
    }

    /** A number as people write it: 400, 12.5, never 400.0 or 1.25E1. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
