package org.balise.hazard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balise.hazard.GeometryIssue;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GroundArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks of a hazardous area's geometry, at entry and in the data-quality report. Invalid shapes and shapes
 * entirely outside the country are refused; suspicious ones (repeated vertices, very long edges, crossing the
 * border, overlapping another open area) are accepted with a warning. Pure logic.
 */
public final class GeometryQuality {

    /** A geometry farther than this from the country is refused. */
    public static final double OUTSIDE_TOLERANCE_METRES = 5_000;
    /** Consecutive vertices farther apart than this are probably a typing error. */
    public static final double LONG_EDGE_METRES = 5_000;

    private GeometryQuality() {
    }

    /**
     * @param openAreas other open areas near this one, by reference
     * @param maxOverlapShare share of this area that may lie in another open area before a warning
     */
    public static List<GeometryIssue> check(Geometry geometry, Geometry country, Map<String, Geometry> openAreas,
            double maxOverlapShare) {
        List<GeometryIssue> issues = new ArrayList<>();
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon) && !(geometry instanceof Point)) {
            issues.add(refused("unsupported-geometry", "A hazardous area is a Polygon, a MultiPolygon, or a Point while its perimeter is unknown, not a " + geometry.getGeometryType()));
            return issues;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                checkRing(polygon.getExteriorRing(), issues);
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    checkRing(polygon.getInteriorRingN(hole), issues);
                }
            }
        }
        if (issues.stream().noneMatch(GeometryIssue::refused)) {
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                String code = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                        || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION ? "self-intersection" : "invalid-polygon";
                issues.add(refused(code, error.getMessage() + " near " + position(error.getCoordinate())));
            }
        }
        checkCountry(geometry, country, issues);
        if (issues.stream().noneMatch(GeometryIssue::refused)) {
            checkOverlaps(geometry, openAreas, maxOverlapShare, issues);
        }
        return issues;
    }

    private static void checkRing(LineString ring, List<GeometryIssue> issues) {
        Coordinate[] points = ring.getCoordinates();
        long distinct = Arrays.stream(points).map(c -> c.x + "," + c.y).distinct().count();
        if (distinct < 3) {
            issues.add(refused("too-few-vertices", "A ring needs at least 3 distinct vertices, this one has " + distinct));
            return;
        }
        for (int i = 1; i < points.length; i++) {
            if (points[i].equals2D(points[i - 1])) {
                issues.add(warning("duplicate-vertex", "The vertex " + position(points[i]) + " is repeated"));
            } else {
                double metres = Distances.haversineMetres(points[i - 1].y, points[i - 1].x, points[i].y, points[i].x);
                if (metres > LONG_EDGE_METRES) {
                    issues.add(warning("long-edge", String.format(Locale.ROOT, "Vertices %s and %s are %.1f km apart",
                            position(points[i - 1]), position(points[i]), metres / 1000)));
                }
            }
        }
    }

    private static void checkCountry(Geometry geometry, Geometry country, List<GeometryIssue> issues) {
        if (country.covers(geometry)) {
            return;
        }
        if (!country.intersects(geometry)) {
            Coordinate[] nearest = DistanceOp.nearestPoints(country, geometry);
            double metres = Distances.haversineMetres(nearest[0].y, nearest[0].x, nearest[1].y, nearest[1].x);
            if (metres > OUTSIDE_TOLERANCE_METRES) {
                issues.add(refused("outside-country", String.format(Locale.ROOT,
                        "The geometry lies outside Mali, %.1f km from its border", metres / 1000)));
                return;
            }
        }
        issues.add(warning("crosses-border", "The geometry crosses or touches Mali's border"));
    }

    private static void checkOverlaps(Geometry geometry, Map<String, Geometry> openAreas, double maxShare,
            List<GeometryIssue> issues) {
        double area = GroundArea.squareMetres(geometry);
        if (area <= 0) {
            return;
        }
        openAreas.forEach((reference, other) -> {
            if (other.getDimension() == 2 && other.intersects(geometry)) {
                double share = GroundArea.squareMetres(other.intersection(geometry)) / area;
                if (share > maxShare) {
                    issues.add(warning("overlaps-open-area", String.format(Locale.ROOT,
                            "%.0f %% of this area lies in open area %s", share * 100, reference)));
                }
            }
        });
    }

    private static String position(Coordinate coordinate) {
        return String.format(Locale.ROOT, "%.5f, %.5f", coordinate.y, coordinate.x);
    }

    private static GeometryIssue refused(String code, String detail) {
        return new GeometryIssue(code, true, detail);
    }

    private static GeometryIssue warning(String code, String detail) {
        return new GeometryIssue(code, false, detail);
    }
}
