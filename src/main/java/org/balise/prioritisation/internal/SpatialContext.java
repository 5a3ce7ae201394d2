package org.balise.prioritisation.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balise.casualty.CasualtyPoint;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.Settlement;
import org.balise.shared.geo.Distances;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * What surrounds a hazardous area: the nearest settlement, casualties nearby, reference-layer features within a
 * buffer. Built once from all reference data, then read by any number of threads. Pure logic.
 */
public final class SpatialContext {

    /** Degrees per metre are overestimated by 1 % so that search boxes never cut off a point at the edge of the radius. */
    private static final double METRES_PER_DEGREE = 111_195 * 0.99;
    /** Longitudes scaled by the cosine of Mali's middle latitude, so that the settlement tree's distances are near metric. */
    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(17));
    private static final int NEAREST_CANDIDATES = 8;

    private final STRtree settlements = new STRtree();
    private final STRtree casualties = new STRtree();
    private final STRtree layers = new STRtree();
    private final boolean anySettlement;

    public SpatialContext(List<Settlement> settlementList, List<CasualtyPoint> casualtyList, List<LayerFeature> layerList) {
        settlementList.forEach(s -> settlements.insert(new Envelope(new Coordinate(s.lon() * LONGITUDE_SCALE, s.lat())), s));
        casualtyList.forEach(c -> casualties.insert(new Envelope(new Coordinate(c.lon(), c.lat())), c));
        layerList.forEach(f -> layers.insert(f.geometry().getEnvelopeInternal(), f));
        anySettlement = !settlementList.isEmpty();
        settlements.build();
        casualties.build();
        layers.build();
    }

    public record NearestSettlement(Settlement settlement, double distanceMetres) {
    }

    public NearestSettlement nearestSettlement(double lat, double lon) {
        if (!anySettlement) {
            return null;
        }
        Envelope query = new Envelope(new Coordinate(lon * LONGITUDE_SCALE, lat));
        Object[] candidates = settlements.nearestNeighbour(query, null,
                (a, b) -> ((Envelope) a.getBounds()).distance((Envelope) b.getBounds()), NEAREST_CANDIDATES);
        return Arrays.stream(candidates).map(Settlement.class::cast)
                .map(s -> new NearestSettlement(s, Distances.haversineMetres(lat, lon, s.lat(), s.lon())))
                // Places that share a position: the larger one (lower class) counts, whatever the tree's order.
                .min(Comparator.comparingDouble(NearestSettlement::distanceMetres)
                        .thenComparingInt(nearest -> nearest.settlement().placeClass()))
                .orElse(null);
    }

    /** People killed or injured within {@code radiusKm} of a point since a date. */
    public int casualtiesWithin(double lat, double lon, double radiusKm, LocalDate since) {
        double radiusMetres = radiusKm * 1000;
        Envelope around = new Envelope(new Coordinate(lon, lat));
        around.expandBy(radiusMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))), radiusMetres / METRES_PER_DEGREE);
        int count = 0;
        for (Object item : casualties.query(around)) {
            CasualtyPoint point = (CasualtyPoint) item;
            if (!point.date().isBefore(since) && Distances.haversineMetres(lat, lon, point.lat(), point.lon()) <= radiusMetres) {
                count += point.casualties();
            }
        }
        return count;
    }

    /** The kinds of reference-layer features lying within {@code bufferMetres} of an area. */
    public Set<LayerKind> kindsWithin(Geometry area, double bufferMetres) {
        Set<LayerKind> kinds = EnumSet.noneOf(LayerKind.class);
        Envelope around = area.getEnvelopeInternal().copy();
        double lat = around.centre().y;
        around.expandBy(bufferMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))), bufferMetres / METRES_PER_DEGREE);
        for (Object item : layers.query(around)) {
            LayerFeature feature = (LayerFeature) item;
            if (kinds.contains(feature.kind())) {
                continue;
            }
            Coordinate[] nearest = DistanceOp.nearestPoints(area, feature.geometry());
            if (Distances.haversineMetres(nearest[0].y, nearest[0].x, nearest[1].y, nearest[1].x) <= bufferMetres) {
                kinds.add(feature.kind());
            }
        }
        return kinds;
    }

}
