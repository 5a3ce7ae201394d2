package org.balise.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.shared.geo.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class SpatialIndexTests {

    private static final List<AdminUnit> UNITS = List.of(
            unit(1, "R1", null, 0, 0, 10, 10),
            unit(1, "R2", null, 10, 0, 20, 10),
            unit(2, "R1C1", "R1", 0, 0, 5, 10),
            unit(2, "R1C2", "R1", 5, 0, 10, 10),
            unit(2, "R2C1", "R2", 10, 0, 20, 9.9995));
    private static final List<Place> PLACES = List.of(
            new Place("P1", "Near origin", 5, 1, 1, "R1", "R1C1", null),
            new Place("P2", "Far east", 5, 19, 9, "R2", "R2C1", null));

    private final SpatialIndex index = SpatialIndex.build("test", UNITS, PLACES);

    @Test
    void findsTheDeepestUnitAndItsAncestors() {
        assertThat(index.adminUnitsAt(5, 7)).extracting(AdminUnit::pcode).containsExactly("R1", "R1C2");
        assertThat(index.adminUnitsAt(2, 15)).extracting(AdminUnit::pcode).containsExactly("R2", "R2C1");
    }

    @Test
    void putsAPointInABorderSliverInTheNearestUnit() {
        assertThat(index.adminUnitsAt(9.9998, 15)).extracting(AdminUnit::pcode).containsExactly("R2", "R2C1");
    }

    @Test
    void findsNothingOutside() {
        assertThat(index.adminUnitsAt(-1, -1)).isEmpty();
        assertThat(index.adminUnitsAt(5, 25)).isEmpty();
    }

    @Test
    void findsTheNearestPlaceWithItsDistanceInMetres() {
        var nearest = index.nearestPlace(1.01, 1).orElseThrow();

        assertThat(nearest.place().pcode()).isEqualTo("P1");
        assertThat(nearest.distanceMetres()).isBetween(1100.0, 1125.0);
        assertThat(index.nearestPlace(8, 18).orElseThrow().place().pcode()).isEqualTo("P2");
    }

    private static AdminUnit unit(int level, String pcode, String parent, double w, double s, double e, double n) {
        Geometry box = GeoJsonGeometry.FACTORY.createPolygon(new Coordinate[] {
                new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
        return new AdminUnit("test", level, pcode, pcode, parent, box);
    }
}
