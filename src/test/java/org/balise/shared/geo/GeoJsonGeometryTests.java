package org.balise.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void refusesToWriteMoreDecimalsThanItRoundsOnALong() {
        var point = GeoJsonGeometry.read(json.readTree("{\"type\":\"Point\",\"coordinates\":[-8,12]}")).geometry();

        assertThat(GeoJsonGeometry.write(point, 9)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[-8,12]}");
        assertThatThrownBy(() -> GeoJsonGeometry.write(point, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoJsonGeometry.write(point, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesEveryNumberAsBigDecimalRoundsItHalfUp() {
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 180.0, -180.0, 1e-8, -1e-8, 5e-8, -5e-8,
                0.00000015, 2.675, 1.00000005, -1.00000005, 12.50000005, 99999.99999995, 1e11, -123456789.1234567, 1e20));
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                // A coordinate, any number, one whose next digit is a 5, one a little either side of that.
                case 0 -> (random.nextDouble() - 0.5) * 360;
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(14) - 3);
                case 2 -> Math.round((random.nextDouble() - 0.5) * 3.6e9) / 1e7 + Math.copySign(5e-8, random.nextDouble() - 0.5);
                default -> Math.round((random.nextDouble() - 0.5) * 3.6e9) / 1e7 + 5e-8 + (random.nextDouble() - 0.5) * 1e-12;
            };
            values.add(value);
        }
        for (double value : values) {
            for (int decimals : new int[] {3, 5, 7}) {
                StringBuilder written = new StringBuilder();
                GeoJsonGeometry.number(value, decimals, written);
                assertThat(written.toString()).as("%s to %d decimals", value, decimals)
                        .isEqualTo(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            }
        }
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
