package org.balise.prioritisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.balise.casualty.CasualtyPoint;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.Settlement;
import org.balise.shared.geo.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class SpatialContextTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final SpatialContext context = new SpatialContext(
            List.of(new Settlement("P1", "Konna", 14.9400, -3.8900, 4), new Settlement("P2", "Far", 16.0, -1.0, 5)),
            List.of(new CasualtyPoint(14.95, -3.89, TODAY.minusMonths(3), 2),
                    new CasualtyPoint(14.95, -3.89, TODAY.minusYears(5), 7),
                    new CasualtyPoint(15.20, -3.89, TODAY.minusMonths(1), 1)),
            List.of(new LayerFeature("École de Konna", LayerKind.SCHOOL, point(-3.8900, 14.9480))));

    @Test
    void findsTheNearestSettlementWithItsDistance() {
        var nearest = context.nearestSettlement(14.9490, -3.8900);

        assertThat(nearest.settlement().pcode()).isEqualTo("P1");
        assertThat(nearest.distanceMetres()).isCloseTo(1000.7, within(5.0));
    }

    @Test
    void countsOnlyRecentCasualtiesWithinTheRadius() {
        assertThat(context.casualtiesWithin(14.94, -3.89, 5, TODAY.minusMonths(24))).isEqualTo(2);
        assertThat(context.casualtiesWithin(14.94, -3.89, 50, TODAY.minusMonths(24))).isEqualTo(3);
        assertThat(context.casualtiesWithin(14.94, -3.89, 5, TODAY.minusYears(10))).isEqualTo(9);
    }

    @Test
    void seesLayerFeaturesWithinTheBuffer() {
        Geometry area = point(-3.8900, 14.9400);

        assertThat(context.kindsWithin(area, 1000)).containsExactly(LayerKind.SCHOOL);
        assertThat(context.kindsWithin(area, 800)).isEmpty();
    }

    private static Geometry point(double lon, double lat) {
        return GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
