package org.balise.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GazetteerImport.LevelFile;
import org.balise.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GazetteerValidatorTests {

    private final GazetteerValidator validator = new GazetteerValidator(JsonMapper.builder().build());

    private static final String REGION_A = feature("{\"P\":\"AA01\",\"N\":\"A\"}", box(0, 0, 10, 10));
    private static final String REGION_B = feature("{\"P\":\"AA02\",\"N\":\"B\"}", box(10, 0, 20, 10));

    @Test
    void acceptsAConsistentHierarchy() {
        var result = validate(Map.of(1, level1(REGION_A, REGION_B),
                2, level2(feature("{\"P\":\"AA0101\",\"N\":\"A1\",\"UP\":\"AA01\"}", box(1, 1, 4, 4)))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.units()).extracting(AdminUnit::pcode).containsExactly("AA01", "AA02", "AA0101");
        assertThat(result.units().get(2).parentPcode()).isEqualTo("AA01");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        var result = validate(Map.of(1, level1(REGION_A, REGION_A,
                        feature("{\"N\":\"no code\"}", box(0, 0, 1, 1)),
                        feature("{\"P\":\"AA09\",\"N\":\"bow tie\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"),
                        feature("{\"P\":\"AA08\",\"N\":\"point\"}", "{\"type\":\"Point\",\"coordinates\":[1,1]}"),
                        feature("{\"P\":\"AA07\",\"N\":\"open ring\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}")),
                2, level2(feature("{\"P\":\"AA0101\",\"N\":\"lost\",\"UP\":\"ZZ01\"}", box(1, 1, 2, 2)),
                        feature("{\"P\":\"AA0102\",\"N\":\"astray\",\"UP\":\"AA01\"}", box(50, 50, 51, 51)))));

        assertThat(result.problems()).extracting(FieldProblem::code).containsExactlyInAnyOrder(
                "duplicate-pcode", "missing-property", "invalid-polygon", "unsupported-geometry", "invalid-geometry",
                "unknown-parent", "outside-parent");
    }

    @Test
    void refusesFilesThatAreNotGeoJsonFeatureCollections() {
        var notJson = validate(Map.of(1, file("{ not json")));
        var notCollection = validate(Map.of(1, file("{\"type\":\"Feature\"}")));
        var empty = validate(Map.of(1, file("{\"type\":\"FeatureCollection\",\"features\":[]}")));

        assertThat(notJson.problems()).extracting(FieldProblem::code).containsExactly("not-json");
        assertThat(notCollection.problems()).extracting(FieldProblem::code).containsExactly("not-feature-collection");
        assertThat(empty.problems()).extracting(FieldProblem::code).containsExactly("no-features");
    }

    @Test
    void refusesHostileJsonWithoutFailing() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(validate(Map.of(1, file(deep))).problems()).extracting(FieldProblem::code).containsExactly("not-json");
    }

    @Test
    void requiresLevelOneAndAVersionCode() {
        var result = validator.validate(new GazetteerImport("Bad Code!", "", null, new HashMap<>()));

        assertThat(result.problems()).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("invalid-version-code", "invalid-label", "missing-level");
    }

    @Test
    void refusesALevelThreeWithoutLevelTwo() {
        var result = validate(Map.of(1, level1(REGION_A), 3, level2(feature("{\"P\":\"AA010101\",\"N\":\"c\",\"UP\":\"AA0101\"}", box(1, 1, 2, 2)))));

        assertThat(result.problems()).extracting(FieldProblem::code).contains("missing-level");
    }

    private GazetteerValidator.Result validate(Map<Integer, LevelFile> levels) {
        return validator.validate(new GazetteerImport("test-1", "Test", null, levels));
    }

    private static LevelFile level1(String... features) {
        return new LevelFile("adm1.geojson", collection(features), "P", "N", null);
    }

    private static LevelFile level2(String... features) {
        return new LevelFile("adm2.geojson", collection(features), "P", "N", "UP");
    }

    private static LevelFile file(String content) {
        return new LevelFile("adm1.geojson", content.getBytes(StandardCharsets.UTF_8), "P", "N", null);
    }

    private static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String box(double w, double s, double e, double n) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],[" + e + "," + n + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}";
    }
}
