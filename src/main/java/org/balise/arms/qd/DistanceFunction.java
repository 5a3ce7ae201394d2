package org.balise.arms.qd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A distance function of the NEQ Q (kg) as IATG 02.20 Annex E Table E.1 writes it: one formula, or formulas
 * that take over from each other at break points (D11 and D13).
 *
 * <p>The notes define the pieces for "Q &lt; 2500", "Q &gt; 2500" and "Q &gt; 4500" and leave the break points
 * themselves undefined. Balise uses, exactly at a break point, the greater of the two adjacent formulas: a break
 * point never lowers a distance. The pieces do not join (D13 drops from 276.3 m to 275.0 m just after 2500 kg),
 * so the function is only non-decreasing piece by piece, which is what {@link #monotonePieces} exposes.
 */
final class DistanceFunction {

    /** One formula as the standard writes it, and its value in metres for Q in kg. */
    record Formula(String text, DoubleUnaryOperator metres) {
    }

    /** Whole-kg quantities over which the function does not decrease. */
    record KgRange(long fromKg, long toKg) {
    }

    private final String name;
    private final List<Formula> formulas;
    private final List<Long> breakPointsKg;

    private DistanceFunction(String name, List<Formula> formulas, List<Long> breakPointsKg) {
        if (formulas.size() != breakPointsKg.size() + 1) {
            throw new IllegalArgumentException(name + ": one break point between each pair of formulas");
        }
        this.name = name;
        this.formulas = List.copyOf(formulas);
        this.breakPointsKg = List.copyOf(breakPointsKg);
    }

    /** A single formula; {@code name} (e.g. "D12") may be empty for a combination such as "0.5·D12". */
    static DistanceFunction of(String name, String text, DoubleUnaryOperator metres) {
        return new DistanceFunction(name, List.of(new Formula(text, metres)), List.of());
    }

    static DistanceFunction piecewise(String name, Formula below, long firstBreakKg, Formula between,
                                      long secondBreakKg, Formula above) {
        return new DistanceFunction(name, List.of(below, between, above), List.of(firstBreakKg, secondBreakKg));
    }

    /** The value in metres, unrounded; at a break point the greater of the two adjacent formulas. */
    double metres(double neqKg) {
        int breakPoint = breakPointAt(neqKg);
        if (breakPoint >= 0) {
            return Math.max(formulas.get(breakPoint).metres().applyAsDouble(neqKg),
                    formulas.get(breakPoint + 1).metres().applyAsDouble(neqKg));
        }
        return formulas.get(pieceOf(neqKg)).metres().applyAsDouble(neqKg);
    }

    /** The formula applied at this Q, e.g. "D13 = 22.2·Q^(1/3) for Q > 4500 kg". */
    String describe(double neqKg) {
        String prefix = name.isEmpty() ? "" : name + " = ";
        if (formulas.size() == 1) {
            return prefix + formulas.getFirst().text();
        }
        int breakPoint = breakPointAt(neqKg);
        if (breakPoint >= 0) {
            Formula lower = formulas.get(breakPoint);
            Formula upper = formulas.get(breakPoint + 1);
            Formula greater = lower.metres().applyAsDouble(neqKg) >= upper.metres().applyAsDouble(neqKg) ? lower : upper;
            return prefix + greater.text() + " at the break point Q = " + breakPointsKg.get(breakPoint)
                    + " kg (the greater of " + lower.text() + " and " + upper.text() + ")";
        }
        int piece = pieceOf(neqKg);
        return prefix + formulas.get(piece).text() + " for " + condition(piece);
    }

    /**
     * The whole-kg ranges within [fromKg, toKg] over which the value does not decrease. A break point belongs
     * to the range below it: its value, the greater of both formulas, is at least the lower formula's.
     */
    List<KgRange> monotonePieces(long fromKg, long toKg) {
        List<KgRange> pieces = new ArrayList<>();
        long start = fromKg;
        for (long breakPoint : breakPointsKg) {
            long end = Math.min(breakPoint, toKg);
            if (start <= end) {
                pieces.add(new KgRange(start, end));
            }
            start = Math.max(start, breakPoint + 1);
        }
        if (start <= toKg) {
            pieces.add(new KgRange(start, toKg));
        }
        return pieces;
    }

    private int breakPointAt(double neqKg) {
        return breakPointsKg.indexOf(neqKg == Math.rint(neqKg) ? (long) neqKg : Long.MIN_VALUE);
    }

    private int pieceOf(double neqKg) {
        int piece = 0;
        while (piece < breakPointsKg.size() && neqKg > breakPointsKg.get(piece)) {
            piece++;
        }
        return piece;
    }

    private String condition(int piece) {
        if (piece == 0) {
            return "Q < " + breakPointsKg.getFirst() + " kg";
        }
        if (piece == breakPointsKg.size()) {
            return "Q > " + breakPointsKg.getLast() + " kg";
        }
        return breakPointsKg.get(piece - 1) + " kg < Q < " + breakPointsKg.get(piece) + " kg";
    }
}
