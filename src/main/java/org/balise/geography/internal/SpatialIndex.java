package org.balise.geography.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The in-memory index of one gazetteer version: an STR-tree of prepared polygons per admin level for
 * point-in-polygon lookups, and an STR-tree of populated places for the nearest place. Immutable once built,
 * so any number of threads may read it.
 */
public final class SpatialIndex {

    /** Points this close (in degrees, about 100 m) to a unit but in no unit are put in the nearest one: borders of one release leave slivers between neighbours. */
    private static final double BORDER_TOLERANCE_DEGREES = 0.001;
    /** Candidates taken from the tree before exact distances decide the nearest place. */
    private static final int NEAREST_CANDIDATES = 8;
    /** Longitudes are scaled by the cosine of Mali's middle latitude so the tree's planar distances are near metric. */
    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(17));

    private final String gazetteer;
    private final Map<Integer, STRtree> unitTrees = new HashMap<>();
    private final Map<Integer, List<AdminUnit>> unitsByLevel = new HashMap<>();
    private final Map<String, AdminUnit> unitsByPcode = new HashMap<>();
    private final STRtree placeTree = new STRtree();
    private final List<Place> places;
    private final int deepestLevel;
    private final Geometry country;

    private SpatialIndex(String gazetteer, List<AdminUnit> units, List<Place> places) {
        this.gazetteer = gazetteer;
        for (AdminUnit unit : units) {
            unitsByPcode.put(unit.pcode(), unit);
            unitsByLevel.computeIfAbsent(unit.level(), level -> new ArrayList<>()).add(unit);
            unitTrees.computeIfAbsent(unit.level(), level -> new STRtree())
                    .insert(unit.geometry().getEnvelopeInternal(), new IndexedUnit(unit, PreparedGeometryFactory.prepare(unit.geometry()), new IndexedFacetDistance(unit.geometry())));
        }
        unitTrees.values().forEach(STRtree::build);
        this.places = List.copyOf(places);
        for (Place place : places) {
            placeTree.insert(new Envelope(scaled(place.lon(), place.lat())), place);
        }
        if (!places.isEmpty()) {
            placeTree.build();
        }
        this.deepestLevel = unitTrees.keySet().stream().max(Integer::compare).orElse(0);
        this.country = UnaryUnionOp.union(units(1).stream().map(AdminUnit::geometry).toList());
    }

    public static SpatialIndex build(String gazetteer, List<AdminUnit> units, List<Place> places) {
        return new SpatialIndex(gazetteer, units, places);
    }

    public String gazetteer() {
        return gazetteer;
    }

    public List<AdminUnit> units(int level) {
        return unitsByLevel.getOrDefault(level, List.of());
    }

    /** The whole country: the union of the level-1 units. */
    public Geometry country() {
        return country;
    }

    public List<Place> places() {
        return places;
    }

    /**
     * The admin units containing a point, from level 1 to the deepest level that has one; empty when the point
     * lies in no unit of this gazetteer (outside the country).
     */
    public List<AdminUnit> adminUnitsAt(double lat, double lon) {
        Point point = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat));
        for (int level = deepestLevel; level >= 1; level--) {
            int searched = level;
            Optional<AdminUnit> unit = containing(searched, point).or(() -> nearestWithinTolerance(searched, point));
            if (unit.isPresent()) {
                return withAncestors(unit.get());
            }
        }
        return List.of();
    }

    public Optional<NearestPlaceHit> nearestPlace(double lat, double lon) {
        if (placeTree.isEmpty()) {
            return Optional.empty();
        }
        Coordinate query = scaled(lon, lat);
        Object[] candidates = placeTree.nearestNeighbour(new Envelope(query), null,
                (a, b) -> ((Envelope) a.getBounds()).distance((Envelope) b.getBounds()), NEAREST_CANDIDATES);
        return java.util.Arrays.stream(candidates)
                .map(Place.class::cast)
                .map(place -> new NearestPlaceHit(place, Distances.haversineMetres(lat, lon, place.lat(), place.lon())))
                .min(Comparator.comparingDouble(NearestPlaceHit::distanceMetres));
    }

    private Optional<AdminUnit> containing(int level, Point point) {
        STRtree tree = unitTrees.get(level);
        if (tree == null) {
            return Optional.empty();
        }
        for (Object item : tree.query(point.getEnvelopeInternal())) {
            IndexedUnit indexed = (IndexedUnit) item;
            if (indexed.prepared().covers(point)) {
                return Optional.of(indexed.unit());
            }
        }
        return Optional.empty();
    }

    private Optional<AdminUnit> nearestWithinTolerance(int level, Point point) {
        STRtree tree = unitTrees.get(level);
        if (tree == null) {
            return Optional.empty();
        }
        Envelope around = point.getEnvelopeInternal();
        around.expandBy(BORDER_TOLERANCE_DEGREES);
        AdminUnit best = null;
        double bestDistance = BORDER_TOLERANCE_DEGREES;
        for (Object item : tree.query(around)) {
            IndexedUnit indexed = (IndexedUnit) item;
            AdminUnit unit = indexed.unit();
            // The point lies in no unit, so its distance to a unit is its distance to the unit's boundary.
            double distance = indexed.boundary().distance(point);
            if (distance <= bestDistance) {
                best = unit;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<AdminUnit> withAncestors(AdminUnit unit) {
        List<AdminUnit> chain = new ArrayList<>();
        for (AdminUnit current = unit; current != null; current = current.parentPcode() == null ? null : unitsByPcode.get(current.parentPcode())) {
            chain.addFirst(current);
        }
        return chain;
    }

    private static Coordinate scaled(double lon, double lat) {
        return new Coordinate(lon * LONGITUDE_SCALE, lat);
    }

    private record IndexedUnit(AdminUnit unit, PreparedGeometry prepared, IndexedFacetDistance boundary) {
    }

    public record NearestPlaceHit(Place place, double distanceMetres) {
    }
}
