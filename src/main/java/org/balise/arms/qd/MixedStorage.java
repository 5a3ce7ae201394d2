package org.balise.arms.qd;

import static org.balise.arms.qd.HazardDivision.HD_1_1;
import static org.balise.arms.qd.HazardDivision.HD_1_2_1;
import static org.balise.arms.qd.HazardDivision.HD_1_2_2;
import static org.balise.arms.qd.HazardDivision.HD_1_3;
import static org.balise.arms.qd.HazardDivision.HD_1_3_1;
import static org.balise.arms.qd.HazardDivision.HD_1_3_2;
import static org.balise.arms.qd.HazardDivision.HD_1_4;
import static org.balise.arms.qd.HazardDivision.HD_1_5;
import static org.balise.arms.qd.HazardDivision.HD_1_6;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.shared.ProblemException;

/**
 * Distances for a store holding several hazard divisions, by IATG 02.20 cl. 7.5 Table 6:
 * <ul>
 * <li>1.1 + 1.3: NEQs added, evaluated as HD 1.1;</li>
 * <li>1.1 + 1.2 (± 1.3): all NEQs added, evaluated as HD 1.1 and as HD 1.2, the greater per distance type;</li>
 * <li>1.2 + 1.3: each division on its own NEQ, the greatest per distance type;</li>
 * <li>HD 1.5 counts as HD 1.1 (cl. 10.2).</li>
 * </ul>
 * Where the notes are silent Balise takes the reading that never lowers a distance: subdivisions of one division
 * (1.2.1 + 1.2.2, 1.3.x) are added and evaluated as each subdivision present; HD 1.4 with other divisions adds its
 * NEQ to every evaluation, as though it were of the most hazardous division present, and keeps its own rule; and
 * HD 1.3 beside HD 1.1 is also evaluated on its own NEQ, because its 60 m minimums can exceed HD 1.1's formulas
 * for small quantities (PTR low density).
 */
public final class MixedStorage {

    private static final Set<HazardDivision> HD_1_2_FAMILY = EnumSet.of(HD_1_2_1, HD_1_2_2);
    private static final Set<HazardDivision> HD_1_3_FAMILY = EnumSet.of(HD_1_3, HD_1_3_1, HD_1_3_2);

    /** One way the store is evaluated: as which division, with which NEQ, and why. */
    private record Evaluation(HazardDivision as, double neqKg, String why) {
        String label() {
            return as + ", Q = " + QuantityDistance.plain(neqKg) + " kg";
        }
    }

    private MixedStorage() {
    }

    /**
     * The greatest distance per type over the evaluations Table 6 calls for. {@code neqKg} of the result is the
     * total stored; each distance's formula names the evaluation it comes from, and the notes list them all.
     */
    public static QdResult requiredDistances(Map<HazardDivision, Double> neqByDivision) {
        Map<HazardDivision, Double> neq = validated(neqByDivision);
        if (neq.size() == 1) {
            Map.Entry<HazardDivision, Double> only = neq.entrySet().iterator().next();
            return QuantityDistance.distances(only.getKey(), only.getValue());
        }
        double total = neq.values().stream().mapToDouble(Double::doubleValue).sum();
        double hd14 = neq.getOrDefault(HD_1_4, 0.0);
        boolean hasHd11 = neq.containsKey(HD_1_1) || neq.containsKey(HD_1_5);
        List<HazardDivision> hd12 = present(neq, HD_1_2_FAMILY);
        List<HazardDivision> hd13 = present(neq, HD_1_3_FAMILY);

        List<String> notes = new ArrayList<>();
        if (neq.containsKey(HD_1_5)) {
            notes.add("HD 1.5 (" + kg(neq.get(HD_1_5)) + ") counts as HD 1.1 (IATG 02.20 cl. 10.2).");
        }
        if (hd14 > 0) {
            notes.add("HD 1.4 (" + kg(hd14) + "): Table 6 as recorded does not say how it mixes. Balise adds its NEQ to "
                    + "every evaluation, as though it were of the most hazardous division present, and its own rule "
                    + "(cl. 10.2) still applies to every exposed site.");
        }

        List<Evaluation> evaluations = new ArrayList<>();
        if (hasHd11) {
            String table6 = hd12.isEmpty() ? "cl. 7.5 Table 6, 1.1 + 1.3" : "cl. 7.5 Table 6, 1.1 + 1.2";
            evaluations.add(new Evaluation(HD_1_1, total, "all NEQs added (" + table6 + ")"));
            for (HazardDivision subdivision : hd12) {
                evaluations.add(new Evaluation(subdivision, total, "all NEQs added (" + table6 + ")"));
            }
            for (HazardDivision subdivision : hd13) {
                evaluations.add(new Evaluation(subdivision, neq.get(subdivision),
                        "its own NEQ, so that mixing never lowers a distance (cl. 7.5)"));
            }
        } else {
            String table6 = !hd12.isEmpty() && !hd13.isEmpty() ? " (cl. 7.5 Table 6, 1.2 + 1.3)" : "";
            addFamily(evaluations, hd12, neq, hd14, table6);
            addFamily(evaluations, hd13, neq, hd14, table6);
        }

        Map<DistanceType, Distance> greatest = new EnumMap<>(DistanceType.class);
        Map<DistanceType, List<HazardDivision>> givenBy = new EnumMap<>(DistanceType.class);
        for (Evaluation evaluation : evaluations) {
            notes.add("Evaluated as " + evaluation.label() + ": " + evaluation.why() + ".");
            QdResult result = evaluate(evaluation);
            notes.addAll(result.notes());
            for (Distance distance : result.distances()) {
                givenBy.computeIfAbsent(distance.type(), type -> new ArrayList<>()).add(evaluation.as());
                Distance current = greatest.get(distance.type());
                if (current == null || distance.metres() > current.metres()) {
                    greatest.put(distance.type(), new Distance(distance.type(), distance.metres(),
                            evaluation.label() + ": " + distance.formula(), distance.source(), null));
                }
            }
        }
        if (!hasHd11) {
            notes.addAll(partlyGiven(givenBy, evaluations));
        }
        List<DistanceType> notGiven = Arrays.stream(DistanceType.values())
                .filter(type -> type != DistanceType.ANY_EXPOSED_SITE && !givenBy.containsKey(type)).toList();
        if (!notGiven.isEmpty()) {
            notes.add(IatgTables.notGivenNote(notGiven, "this mixture"));
        }
        if (hd14 > 0) {
            greatest.put(DistanceType.ANY_EXPOSED_SITE, IatgTables.HD14_ANY_EXPOSED_SITE);
        }
        return new QdResult(total, governingDivision(neq.keySet(), hasHd11), List.copyOf(greatest.values()),
                notes.stream().distinct().toList());
    }

    private static Map<HazardDivision, Double> validated(Map<HazardDivision, Double> neqByDivision) {
        if (neqByDivision == null || neqByDivision.isEmpty()) {
            throw ProblemException.invalid("neq", "no-quantity", "Give the NEQ of at least one hazard division");
        }
        Map<HazardDivision, Double> neq = new EnumMap<>(HazardDivision.class);
        for (Map.Entry<HazardDivision, Double> entry : neqByDivision.entrySet()) {
            HazardDivision division = QuantityDistance.requireDivision(entry.getKey());
            if (division == HD_1_6) {
                throw IatgTables.noFiguresForHd16();
            }
            Double kg = entry.getValue();
            QuantityDistance.requireQuantity(kg == null ? Double.NaN : kg, "The NEQ of " + division);
            neq.put(division, kg);
        }
        return neq;
    }

    /**
     * Subdivisions of one division are added (with any HD 1.4) and evaluated as each subdivision present: the
     * notes do not say which governs, and the greater per type never lowers a distance.
     */
    private static void addFamily(List<Evaluation> evaluations, List<HazardDivision> family,
                                  Map<HazardDivision, Double> neq, double hd14, String table6) {
        List<String> added = new ArrayList<>(family.stream().map(String::valueOf).toList());
        if (hd14 > 0) {
            added.add(HD_1_4.toString());
        }
        String why = added.size() == 1 ? "its own NEQ" + table6 : "NEQs of " + String.join(" + ", added) + " added" + table6;
        double kg = family.stream().mapToDouble(neq::get).sum() + hd14;
        for (HazardDivision subdivision : family) {
            evaluations.add(new Evaluation(subdivision, kg, why));
        }
    }

    /** Range refusals name the evaluation: the quantity refused may be a sum the user never typed. */
    private static QdResult evaluate(Evaluation evaluation) {
        try {
            return QuantityDistance.distancesWithoutNotGiven(evaluation.as(), evaluation.neqKg());
        } catch (ProblemException e) {
            throw ProblemException.invalid("neq", e.problems().getFirst().code(), "Mixed storage evaluated as "
                    + evaluation.label() + ", " + evaluation.why() + ": " + e.getMessage());
        }
    }

    /** Where no division covers the whole store, a type given for only some divisions covers only their part. */
    private static List<String> partlyGiven(Map<DistanceType, List<HazardDivision>> givenBy, List<Evaluation> evaluations) {
        Set<HazardDivision> evaluated = evaluations.stream().map(Evaluation::as).collect(Collectors.toSet());
        List<String> notes = new ArrayList<>();
        givenBy.forEach((type, divisions) -> {
            List<HazardDivision> missing = evaluated.stream().filter(division -> !divisions.contains(division))
                    .sorted().toList();
            if (!missing.isEmpty()) {
                notes.add("For " + type.label() + " only the figure of " + divisions.stream().distinct()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + " is shown: IATG 02.20 as recorded in "
                        + "Balise gives none for " + missing.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ".");
            }
        });
        return notes;
    }

    /** The division the store is evaluated as: HD 1.1 when present (Table 6), else the first by code. */
    private static HazardDivision governingDivision(Set<HazardDivision> present, boolean hasHd11) {
        if (hasHd11) {
            return HD_1_1;
        }
        return present.stream().filter(division -> division != HD_1_4).findFirst().orElse(HD_1_4);
    }

    private static List<HazardDivision> present(Map<HazardDivision, Double> neq, Set<HazardDivision> family) {
        return neq.keySet().stream().filter(family::contains).toList();
    }

    private static String kg(double neqKg) {
        return QuantityDistance.plain(neqKg) + " kg";
    }
}
