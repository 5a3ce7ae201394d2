package org.balise.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GroundAreaTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void measuresAOneHectareSquareLaidOutInUtm() {
        // A 100 m × 100 m square in zone 30 near Mopti, its corners converted from UTM to WGS84.
        Utm.LatLon sw = Utm.toLatLon(30, true, 400_000, 1_600_000);
        Utm.LatLon se = Utm.toLatLon(30, true, 400_100, 1_600_000);
        Utm.LatLon ne = Utm.toLatLon(30, true, 400_100, 1_600_100);
        Utm.LatLon nw = Utm.toLatLon(30, true, 400_000, 1_600_100);
        var square = GeoJsonGeometry.read(json.readTree("{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",",
                position(sw), position(se), position(ne), position(nw), position(sw)) + "]]}")).geometry();

        assertThat(GroundArea.squareMetres(square)).isCloseTo(10_000, within(1.0));
    }

    @Test
    void measuresAOneDegreeCellAtTheLatitudeOfSegou() {
        // The WGS84 ellipsoid's exact area of this cell (authalic latitude formula) is 1.19776e10 m²; UTM's scale
        // error this far from the central meridian stays under 0.5 %.
        var cell = GeoJsonGeometry.read(json.readTree(
                "{\"type\":\"Polygon\",\"coordinates\":[[[-7,13],[-6,13],[-6,14],[-7,14],[-7,13]]]}")).geometry();

        assertThat(GroundArea.squareMetres(cell)).isCloseTo(1.19776e10, within(0.005 * 1.19776e10));
    }

    @Test
    void aPointOrLineHasNoArea() {
        var point = GeoJsonGeometry.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[-4,14]}")).geometry();

        assertThat(GroundArea.squareMetres(point)).isZero();
    }

    private static String position(Utm.LatLon position) {
        return "[" + position.longitude() + "," + position.latitude() + "]";
    }
}
