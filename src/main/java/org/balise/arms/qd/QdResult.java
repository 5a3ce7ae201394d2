package org.balise.arms.qd;

import java.util.List;
import java.util.Optional;

/**
 * The distances required for a quantity of one hazard division, or for a mixed store (then {@code neqKg} is
 * the total stored and {@code hazardDivision} the division it is evaluated as, see {@link MixedStorage}), with
 * warnings and the distance types the recorded tables do not give.
 */
public record QdResult(double neqKg, HazardDivision hazardDivision, List<Distance> distances, List<String> notes) {

    public QdResult {
        distances = List.copyOf(distances);
        notes = List.copyOf(notes);
    }

    /** The distance of that type, if this result gives one. */
    public Optional<Distance> distance(DistanceType type) {
        return distances.stream().filter(distance -> distance.type() == type).findFirst();
    }
}
