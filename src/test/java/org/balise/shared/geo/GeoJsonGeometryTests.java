package org.balise.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonGeometryTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsAndWritesAPolygonWithAHole() {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[-8,12],[-7,12],[-7,13],[-8,13],[-8,12]],"
                + "[[-7.8,12.2],[-7.2,12.2],[-7.2,12.8],[-7.8,12.2]]]}";

        var read = GeoJsonGeometry.read(json.readTree(polygon));

        assertThat(read.isOk()).isTrue();
        assertThat(read.geometry().getSRID()).isEqualTo(4326);
        assertThat(GeoJsonGeometry.write(read.geometry(), 5)).isEqualTo(polygon);
    }

    @Test
    void roundsCoordinatesWhenWriting() {
        var point = GeoJsonGeometry.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[-8.0029123,12.6392456]}")).geometry();

        assertThat(GeoJsonGeometry.write(point, 3)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[-8.003,12.639]}");
    }

    @Test
    void roundsHalfUpWithoutTrailingZerosOrANegativeZero() {
        var point = GeoJsonGeometry.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[-0.00000004,12.50000005]}")).geometry();

        assertThat(GeoJsonGeometry.write(point, 7)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[0,12.5000001]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
            "{\"type\":\"Point\",\"coordinates\":[\"a\",1]}",
            "{\"type\":\"Point\",\"coordinates\":[200,1]}",
            "{\"type\":\"Point\",\"coordinates\":[1]}",
            "{\"type\":\"Circle\",\"coordinates\":[1,2]}",
            "{\"type\":\"Polygon\"}",
            "[]",
            "null"})
    void saysWhatIsWrongInsteadOfThrowing(String geometry) {
        var read = GeoJsonGeometry.read(json.readTree(geometry));

        assertThat(read.isOk()).isFalse();
        assertThat(read.problem()).isNotBlank();
    }
}
