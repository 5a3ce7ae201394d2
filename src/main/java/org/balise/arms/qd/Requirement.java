package org.balise.arms.qd;

/** One distance type's function for a hazard division, with the minimum the matrix puts on it. */
record Requirement(DistanceType type, DistanceFunction function, double minimumMetres, String source) {

    /** Whole metres, rounded up: a distance is never rounded down (IATG 02.20 cl. 7.7). */
    int metres(double neqKg) {
        return (int) Math.ceil(Math.max(minimumMetres, function.metres(neqKg)));
    }

    String formula(double neqKg) {
        String formula = function.describe(neqKg);
        return minimumMetres > 0 ? formula + ", minimum " + QuantityDistance.plain(minimumMetres) + " m" : formula;
    }

    Distance distance(double neqKg) {
        return new Distance(type, metres(neqKg), formula(neqKg), source, null);
    }
}
