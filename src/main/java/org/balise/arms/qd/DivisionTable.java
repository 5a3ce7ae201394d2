package org.balise.arms.qd;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What IATG 02.20 gives for one hazard division: its distance functions, the quantities its tables cover, and
 * notes that hold for any quantity.
 *
 * @param smallestTabulatedKg below it, either refused ({@code refusedBelowTable}) or evaluated at it
 * @param formulaValidAboveKg the formulas turn negative at or below it (HD 1.2.1 only, else 0)
 * @param wordedDistances distances the standard gives in words (HD 1.4)
 */
record DivisionTable(HazardDivision division, List<Requirement> requirements, List<Distance> wordedDistances,
                     long smallestTabulatedKg, long largestKg, boolean refusedBelowTable, double formulaValidAboveKg,
                     List<String> notes) {

    DivisionTable {
        requirements = List.copyOf(requirements);
        wordedDistances = List.copyOf(wordedDistances);
        notes = List.copyOf(notes);
    }

    Optional<Requirement> requirement(DistanceType type) {
        return requirements.stream().filter(requirement -> requirement.type() == type).findFirst();
    }

    /** Distance types the recorded tables do not give for this division (none for HD 1.4: one rule for all). */
    List<DistanceType> notGiven() {
        if (requirements.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(DistanceType.values())
                .filter(type -> type != DistanceType.ANY_EXPOSED_SITE && requirement(type).isEmpty()).toList();
    }

    /** The smallest whole kg for which every formula gives a distance. */
    long smallestComputableKg() {
        return Math.max(smallestTabulatedKg, (long) Math.floor(formulaValidAboveKg) + 1);
    }

    boolean isHd11Family() {
        return division == HazardDivision.HD_1_1 || division == HazardDivision.HD_1_5;
    }
}
