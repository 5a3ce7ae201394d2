package org.balise.shared.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Areas on the ground in square metres: a WGS84 geometry is projected into the UTM zone of its centre (zones
 * 28 to 31 for Mali), where distortion is below 0.1 %, and measured there.
 */
public final class GroundArea {

    private static final GeometryFactory PLANAR = new GeometryFactory();

    private GroundArea() {
    }

    public static double squareMetres(Geometry wgs84) {
        if (wgs84 == null || wgs84.isEmpty() || wgs84.getDimension() < 2) {
            return 0;
        }
        Coordinate centre = wgs84.getEnvelopeInternal().centre();
        int zone = Utm.standardZone(centre.y, centre.x);
        return toUtm(wgs84, zone).getArea();
    }

    /** The geometry in metres in the given UTM zone (northing measured from the equator, negative south of it). */
    public static Geometry toUtm(Geometry wgs84, int zone) {
        GeometryTransformer projector = new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coordinates, Geometry parent) {
                Coordinate[] projected = new Coordinate[coordinates.size()];
                for (int i = 0; i < coordinates.size(); i++) {
                    Utm.GridPosition grid = Utm.toGrid(coordinates.getY(i), coordinates.getX(i), zone);
                    double northing = grid.isNorthern() ? grid.northing() : grid.northing() - Utm.MAX_NORTHING;
                    projected[i] = new Coordinate(grid.easting(), northing);
                }
                return PLANAR.getCoordinateSequenceFactory().create(projected);
            }
        };
        return projector.transform(wgs84);
    }
}
