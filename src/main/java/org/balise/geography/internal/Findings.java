package org.balise.geography.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.geography.CoordinateProblem;
import org.balise.geography.ParsedCoordinate;
import org.balise.geography.ParsedCoordinate.Notation;

/** Collects the problems met while reading one text, keeping the first explanation of each. */
final class Findings {

    private final Map<CoordinateProblem, String> details = new LinkedHashMap<>();

    static ParsedCoordinate unrecognised(String detail) {
        Findings findings = new Findings();
        findings.add(CoordinateProblem.UNRECOGNISED, detail);
        return findings.toResult(null);
    }

    void add(CoordinateProblem problem, String detail) {
        details.putIfAbsent(problem, detail);
    }

    boolean isEmpty() {
        return details.isEmpty();
    }

    ParsedCoordinate toResult(Notation notation) {
        return toResult(notation, Double.NaN, Double.NaN);
    }

    /** The position when nothing was found wrong, otherwise the problems without a position. */
    ParsedCoordinate toResult(Notation notation, double latitude, double longitude) {
        if (details.isEmpty()) {
            return new ParsedCoordinate(latitude, longitude, notation, List.of(), null);
        }
        String firstDetail = details.values().iterator().next();
        return new ParsedCoordinate(Double.NaN, Double.NaN, notation, List.copyOf(details.keySet()), firstDetail);
    }
}
