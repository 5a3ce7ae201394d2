package org.balise.geography.internal;

import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/** Simplifies boundaries for drawing on a map, coarser for higher levels, which are drawn at lower zooms. */
public final class DisplayGeometry {

    private DisplayGeometry() {
    }

    public static String geoJson(AdminUnit unit) {
        double tolerance = switch (unit.level()) {
            case 1 -> 0.004;
            case 2 -> 0.002;
            default -> 0.0008;
        };
        Geometry simplified = TopologyPreservingSimplifier.simplify(unit.geometry(), tolerance);
        return GeoJsonGeometry.write(simplified, 5);
    }
}
