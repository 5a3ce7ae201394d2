package org.balise.arms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.balise.arms.StorehouseCompliance;
import org.balise.arms.qd.Distance;
import org.balise.arms.qd.DistanceType;
import org.balise.arms.qd.HazardDivision;
import org.balise.arms.qd.MixedStorage;
import org.balise.arms.qd.PermissibleNeq;
import org.balise.arms.qd.QdResult;
import org.balise.arms.qd.QuantityDistance;
import org.balise.shared.ProblemException;
import org.balise.shared.geo.Distances;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Site compliance as pure arithmetic: for a storehouse, the distances its contents require (IATG 02.20 via
 * {@code arms.qd}) against the actual distance to each exposed site; a site closer than required is a violation
 * with its shortfall, and the closest sites bound the NEQ the storehouse may hold.
 */
public final class SiteRules {

    /** Which distance protects which kind of exposed site: the programme's reading of IATG 02.20, shown on the page. */
    public static final List<String> RULES = List.of(
            "Another explosive storehouse of the facility: inter-magazine distance (IMD, 70 kPa).",
            "A process building, guard house, office or other building of the facility: process building distance (PBD).",
            "A populated place of the gazetteer or a market: inhabited building distance (IBD).",
            "A school or a health facility: vulnerable building distance (VBD).",
            "A road: public traffic route distance (PTRD, medium density).");

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private SiteRules() {
    }

    public record Storehouse(String name, double lat, double lon, Map<HazardDivision, Double> neqByDivision) {
    }

    public record ExposedSite(String name, String kind, DistanceType type, Geometry geometry) {
    }

    public static StorehouseCompliance evaluate(Storehouse storehouse, List<ExposedSite> sites) {
        Map<String, Double> byDivision = new TreeMap<>();
        storehouse.neqByDivision().forEach((division, neq) -> byDivision.put(division.code(), neq));
        double held = storehouse.neqByDivision().values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> notes = new ArrayList<>();
        Map<HazardDivision, Double> positive = new java.util.EnumMap<>(HazardDivision.class);
        storehouse.neqByDivision().forEach((division, neq) -> {
            if (neq > 0) {
                positive.put(division, neq);
            }
        });
        if (positive.isEmpty()) {
            return new StorehouseCompliance(storehouse.name(), storehouse.lat(), storehouse.lon(), byDivision, 0, null, List.of(), List.of(),
                    null, null, List.of("Empty: nothing to separate."));
        }
        QdResult result;
        try {
            result = MixedStorage.requiredDistances(positive);
        } catch (ProblemException refused) {
            return new StorehouseCompliance(storehouse.name(), storehouse.lat(), storehouse.lon(), byDivision, held, null, List.of(),
                    List.of(), null, null, List.of("No distances: " + refused.getMessage()));
        }
        notes.addAll(result.notes());
        Coordinate at = new Coordinate(storehouse.lon(), storehouse.lat());
        List<StorehouseCompliance.Violation> violations = new ArrayList<>();
        Long permissible = null;
        String limiting = null;
        for (ExposedSite site : sites) {
            long actual = metres(at, site.geometry());
            Distance required = result.distance(site.type()).orElse(null);
            if (required != null && required.metres() != null && actual < required.metres()) {
                violations.add(new StorehouseCompliance.Violation(site.name(), site.kind(), site.type().name(), required.metres(), actual));
            }
            Long allowed = permissible(result.hazardDivision(), site.type(), actual);
            if (allowed != null && (permissible == null || allowed < permissible)) {
                permissible = allowed;
                limiting = site.name() + " (" + site.type() + ", " + actual + " m)";
            }
        }
        violations.sort(java.util.Comparator.comparingLong(StorehouseCompliance.Violation::shortfallMetres).reversed());
        List<StorehouseCompliance.Required> required = result.distances().stream()
                .map(distance -> new StorehouseCompliance.Required(distance.type().name(), distance.metres(), distance.formula(),
                        distance.source(), distance.text()))
                .toList();
        return new StorehouseCompliance(storehouse.name(), storehouse.lat(), storehouse.lon(), byDivision, held,
                result.hazardDivision().code(), required, violations, permissible, limiting, notes);
    }

    /** The NEQ a site at this distance permits, or null where the division's distances do not depend on NEQ. */
    private static Long permissible(HazardDivision division, DistanceType type, long metres) {
        try {
            PermissibleNeq neq = QuantityDistance.permissibleNeq(division, type, metres);
            return neq.neqKg();
        } catch (ProblemException notGiven) {
            return null;
        }
    }

    /** Ground distance from the storehouse to the nearest point of the site, in whole metres. */
    static long metres(Coordinate from, Geometry site) {
        Coordinate[] nearest = DistanceOp.nearestPoints(FACTORY.createPoint(from), site);
        return (long) Math.floor(Distances.haversineMetres(nearest[0].y, nearest[0].x, nearest[1].y, nearest[1].x));
    }
}
