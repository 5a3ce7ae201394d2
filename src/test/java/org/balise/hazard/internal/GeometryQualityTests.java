package org.balise.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.balise.hazard.GeometryIssue;
import org.balise.shared.geo.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

class GeometryQualityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A stand-in country: one degree square around 14° N, 4° W. */
    private static final Geometry COUNTRY = polygon("[[-5,13.5],[-3,13.5],[-3,14.5],[-5,14.5],[-5,13.5]]");

    @Test
    void acceptsAPlainSquareInsideTheCountry() {
        assertThat(check(polygon("[[-4,14],[-3.99,14],[-3.99,14.01],[-4,14.01],[-4,14]]"))).isEmpty();
    }

    @Test
    void refusesASelfIntersectingPolygon() {
        assertThat(codes(check(polygon("[[-4,14],[-3.99,14.01],[-3.99,14],[-4,14.01],[-4,14]]"))))
                .containsExactly("self-intersection");
    }

    @Test
    void refusesARingWithFewerThanThreeDistinctVertices() {
        assertThat(codes(check(polygon("[[-4,14],[-3.99,14],[-4,14],[-4,14]]")))).containsExactly("too-few-vertices");
    }

    @Test
    void warnsOfARepeatedVertex() {
        List<GeometryIssue> issues = check(polygon("[[-4,14],[-3.99,14],[-3.99,14],[-3.99,14.01],[-4,14.01],[-4,14]]"));

        assertThat(codes(issues)).containsExactly("duplicate-vertex");
        assertThat(issues.getFirst().refused()).isFalse();
    }

    @Test
    void warnsOfVerticesMoreThanFiveKilometresApart() {
        assertThat(codes(check(polygon("[[-4,14],[-3.9,14],[-3.9,14.001],[-4,14.001],[-4,14]]"))))
                .containsExactly("long-edge", "long-edge");
    }

    @Test
    void refusesAGeometryFarOutsideTheCountryButWarnsOfOneCrossingItsBorder() {
        assertThat(codes(check(polygon("[[-8,14],[-7.99,14],[-7.99,14.01],[-8,14.01],[-8,14]]")))).containsExactly("outside-country");
        assertThat(codes(check(polygon("[[-3.01,14],[-2.99,14],[-2.99,14.01],[-3.01,14.01],[-3.01,14]]")))).containsExactly("crosses-border");
        assertThat(codes(check(point(-2.99, 14)))).as("1 km outside: within tolerance").containsExactly("crosses-border");
        assertThat(codes(check(point(-2.9, 14)))).containsExactly("outside-country");
    }

    @Test
    void warnsWhenMoreThanTheSetShareLiesInAnotherOpenArea() {
        Geometry open = polygon("[[-4,14],[-3.99,14],[-3.99,14.01],[-4,14.01],[-4,14]]");
        Geometry mostlyInside = polygon("[[-3.999,14],[-3.99,14],[-3.99,14.01],[-3.999,14.01],[-3.999,14]]");
        Geometry barelyTouching = polygon("[[-3.991,14],[-3.98,14],[-3.98,14.01],[-3.991,14.01],[-3.991,14]]");

        List<GeometryIssue> overlap = GeometryQuality.check(mostlyInside, COUNTRY, Map.of("HA-000001", open), 0.5);

        assertThat(codes(overlap)).containsExactly("overlaps-open-area");
        assertThat(overlap.getFirst().detail()).contains("HA-000001");
        assertThat(GeometryQuality.check(barelyTouching, COUNTRY, Map.of("HA-000001", open), 0.5)).isEmpty();
    }

    @Test
    void refusesALine() {
        Geometry line = GeoJsonGeometry.read(JSON.readTree("{\"type\":\"LineString\",\"coordinates\":[[-4,14],[-3.9,14]]}")).geometry();

        assertThat(codes(check(line))).containsExactly("unsupported-geometry");
    }

    private static List<GeometryIssue> check(Geometry geometry) {
        return GeometryQuality.check(geometry, COUNTRY, Map.of(), 0.5);
    }

    private static List<String> codes(List<GeometryIssue> issues) {
        return issues.stream().map(GeometryIssue::code).toList();
    }

    private static Geometry polygon(String ring) {
        return GeoJsonGeometry.read(JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")).geometry();
    }

    private static Geometry point(double lon, double lat) {
        return GeoJsonGeometry.read(JSON.readTree("{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}")).geometry();
    }
}
