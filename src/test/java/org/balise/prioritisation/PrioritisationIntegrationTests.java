package org.balise.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PrioritisationIntegrationTests extends IntegrationTest {

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    @Test
    void everyScoreExplainsItselfAndTheRankingIsOrdered() {
        JsonNode ranking = im().get("/api/v1/hazard-areas/priorities?limit=50").json();

        assertThat(ranking.path("total").asInt()).isPositive();
        double previous = Double.MAX_VALUE;
        int rank = 0;
        for (JsonNode area : ranking.path("items")) {
            assertThat(area.path("rank").asInt()).isEqualTo(++rank);
            double score = area.path("score").asDouble();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            double sum = area.path("factors").valueStream().mapToDouble(f -> f.path("contribution").asDouble()).sum();
            assertThat(sum).isCloseTo(score, within(0.05));
            area.path("factors").forEach(f -> assertThat(f.path("contribution").asDouble())
                    .isCloseTo(f.path("weight").asDouble() * f.path("value").asDouble(), within(0.01)));
        }
    }

    @Test
    void anAreaNearRecentCasualtiesAndASchoolScoresThoseFactors() {
        String school = "name,lat,lon\nÉcole de test,15.5012,-2.5000\n";
        var layer = im().postMultipart("/api/v1/geo/layers", Map.of("name", "Écoles test", "kind", "SCHOOL",
                "file", new TestHttp.FilePart("ecoles.csv", school.getBytes(StandardCharsets.UTF_8))));
        assertThat(layer.status()).as(layer.body()).isEqualTo(201);
        im().postJson("/api/v1/accidents", """
                {"date":"2026-09-01","location":{"lat":15.502,"lon":-2.501},"deviceCategory":"IMPROVISED_MINE",
                 "victims":[{"outcome":"KILLED"},{"outcome":"INJURED"}]}""");
        String reference = im().postJson("/api/v1/hazard-areas", """
                {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-2.5005,15.4995],[-2.4995,15.4995],[-2.4995,15.5005],[-2.5005,15.5005],[-2.5005,15.4995]]]},
                 "properties":{"name":"Près de l'école","type":"SHA","deviceCategories":["IMPROVISED_MINE"],"blockedLandUse":["SERVICES"]}}""")
                .json().path("properties").path("reference").asString();

        JsonNode area = im().get("/api/v1/hazard-areas/priorities?limit=10000").json().path("items").valueStream()
                .filter(item -> item.path("reference").asString().equals(reference)).findFirst().orElseThrow();

        Map<String, Double> values = new LinkedHashMap<>();
        area.path("factors").forEach(f -> values.put(f.path("name").asString(), f.path("value").asDouble()));
        assertThat(values).containsEntry("NEAR_SCHOOL", 1.0).containsEntry("DEVICE", 1.0).containsEntry("EVIDENCE", 0.5)
                .containsEntry("LAND_SERVICES", 1.0);
        assertThat(values.get("CASUALTIES")).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void aUserScopedToARegionRanksOnlyItsAreas() {
        String gao = im().postJson("/api/v1/hazard-areas", """
                {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0.300,16.300],[0.301,16.300],[0.301,16.301],[0.300,16.301],[0.300,16.300]]]},
                 "properties":{"name":"Zone de Gao","type":"SHA","deviceCategories":["UXO"]}}""")
                .json().path("properties").path("reference").asString();
        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));
        TestHttp analyst = http().as("analyst", passwordOf("analyst"));

        JsonNode scoped = field.get("/api/v1/hazard-areas/priorities?limit=10000").json();
        JsonNode all = analyst.get("/api/v1/hazard-areas/priorities?limit=10000").json();

        assertThat(scoped.path("items").valueStream().map(area -> area.path("adm1Pcode").asString())).isNotEmpty().containsOnly("ML05");
        assertThat(scoped.path("total").asInt()).isEqualTo(scoped.path("items").size()).isLessThan(all.path("total").asInt());
        assertThat(all.path("items").valueStream().map(area -> area.path("reference").asString())).contains(gao);
        assertThat(field.get("/api/v1/hazard-areas/priorities?adm1=ML07").json().path("total").asInt()).isZero();
        assertThat(field.get("/api/v1/priority-scenarios/compare?a=default&b=default").json().path("total").asInt())
                .isEqualTo(scoped.path("total").asInt());
        assertThat(http().signIn("field.mopti", passwordOf("field.mopti")).get("/priorities").body()).doesNotContain(gao);
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/priorities").body()).contains(gao);
    }

    @Test
    void aScenarioChangesTheRankingAndTheComparisonShowsMovements() {
        String name = "eau d'abord " + System.nanoTime() % 100000;
        var created = im().postJson("/api/v1/priority-scenarios", """
                {"name":"%s","description":"Points d'eau avant tout","weights":{"LAND_WATER":60,"SETTLEMENT":1}}""".formatted(name));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("weights").path("LAND_WATER").asDouble()).isEqualTo(60);
        assertThat(created.json().path("weights").path("DEVICE").asDouble()).as("unchanged weights come from the default").isEqualTo(10);
        JsonNode first = im().get("/api/v1/hazard-areas/priorities?limit=1&scenario=" + encode(name)).json().path("items").get(0);
        assertThat(first.path("factors").valueStream().map(f -> f.path("name").asString())).contains("LAND_WATER");
        JsonNode comparison = im().get("/api/v1/priority-scenarios/compare?a=default&b=" + encode(name)).json();
        assertThat(comparison.path("items").get(0).path("movement").asInt()).isNotZero();
    }

    @Test
    void refusesBadScenariosListingEveryProblem() {
        var response = im().postJson("/api/v1/priority-scenarios", """
                {"name":"bad","weights":{"DEVICE":-1,"LUCK":5,"SETTLEMENT":1000},"casualtyRadiusKm":0,"casualtyWindowMonths":500}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("code").asString()))
                .contains("invalid-weight", "unknown-factor", "out-of-range");
        assertThat(im().get("/api/v1/priority-scenarios/bad").status()).isEqualTo(404);
    }

    @Test
    void anUnknownScenarioIsNotFoundAndReadersCannotChangeScenarios() {
        assertThat(im().get("/api/v1/hazard-areas/priorities?scenario=nope").status()).isEqualTo(404);
        assertThat(http().as("analyst", passwordOf("analyst")).get("/api/v1/hazard-areas/priorities?limit=1").status()).isEqualTo(200);
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/priority-scenarios", "{\"name\":\"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void refusesABadReferenceLayerAndStoresNothing() {
        int before = im().get("/api/v1/geo/layers").json().path("total").asInt();

        var noCoordinates = im().postMultipart("/api/v1/geo/layers", Map.of("name", "x", "kind", "SCHOOL",
                "file", new TestHttp.FilePart("x.csv", "name,town\nA,B\n".getBytes(StandardCharsets.UTF_8))));
        var badRow = im().postMultipart("/api/v1/geo/layers", Map.of("name", "x", "kind", "SCHOOL",
                "file", new TestHttp.FilePart("x.csv", "name,lat,lon\nA,14.5,-4\nB,north,-4\n".getBytes(StandardCharsets.UTF_8))));
        var notGeoJson = im().postMultipart("/api/v1/geo/layers", Map.of("name", "x", "kind", "SCHOOL",
                "file", new TestHttp.FilePart("x.geojson", "<kml/>".getBytes(StandardCharsets.UTF_8))));
        var badKind = im().postMultipart("/api/v1/geo/layers", Map.of("name", "x", "kind", "CASTLE",
                "file", new TestHttp.FilePart("x.csv", "name,lat,lon\nA,14.5,-4\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(noCoordinates.status()).isEqualTo(400);
        assertThat(badRow.status()).isEqualTo(400);
        assertThat(badRow.json().path("errors").get(0).path("field").asString()).isEqualTo("line 3");
        assertThat(notGeoJson.status()).isEqualTo(400);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(im().get("/api/v1/geo/layers").json().path("total").asInt()).isEqualTo(before);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
