package org.balise.arms.qd;

import java.util.List;

/**
 * The largest NEQ, rounded down to the kg (IATG 02.20 cl. 7.7), whose required distance of {@code type} is
 * within {@code metres}; {@code formula} is the one that limits it.
 */
public record PermissibleNeq(HazardDivision hazardDivision, DistanceType type, double metres, long neqKg,
                             String formula, String source, List<String> notes) {

    public PermissibleNeq {
        notes = List.copyOf(notes);
    }
}
