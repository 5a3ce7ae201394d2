package org.balise.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.balise.TestHttp.FilePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class GeographyIntegrationTests extends IntegrationTest {

    private TestHttp analyst() {
        return http().as("analyst", passwordOf("analyst"));
    }

    private TestHttp admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    @ParameterizedTest(name = "{0} lies in {3}")
    @CsvSource({
            "Bamako,      12.6392, -8.0029, ML09",
            "Ségou,       13.4317, -6.2157, ML04",
            "Mopti,       14.4843, -4.1830, ML05",
            "Tombouctou,  16.7735, -3.0074, ML06",
            "Gao,         16.2666, -0.0400, ML07",
            "Kidal,       18.4411,  1.4078, ML08",
            "Kayes,       14.4469, -11.4445, ML01",
            "Sikasso,     11.3176, -5.6665, ML03"})
    void locatesRealTownsInTheirRegion(String town, double lat, double lon, String region) {
        var response = analyst().get("/api/v1/geo/locate?lat=" + lat + "&lon=" + lon);

        assertThat(response.status()).isEqualTo(200);
        JsonNode location = response.json();
        assertThat(location.path("gazetteer").asString()).isEqualTo("cod-2015");
        assertThat(location.path("adm1").path("pcode").asString()).isEqualTo(region);
        assertThat(location.path("adm2").path("pcode").asString()).startsWith(region);
        assertThat(location.path("adm3").path("pcode").asString()).startsWith(location.path("adm2").path("pcode").asString());
        assertThat(location.path("nearestPlace").path("name").asString()).isNotBlank();
        assertThat(location.path("nearestPlace").path("distanceMetres").asLong()).isBetween(0L, 10_000L);
    }

    @Test
    void theNearestPlaceOfAPlacesOwnCoordinatesIsThatPlace() {
        JsonNode location = analyst().get("/api/v1/geo/locate?lat=13.4404364700001&lon=-6.27232302599998").json();

        assertThat(location.path("nearestPlace").path("pcode").asString()).isEqualTo("ML040000000");
        assertThat(location.path("nearestPlace").path("distanceMetres").asLong()).isZero();
    }

    @Test
    void refusesAPointOutsideMaliWithNotFound() {
        var response = analyst().get("/api/v1/geo/locate?lat=14.6928&lon=-17.4467");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/outside-mali");
        assertThat(response.json().path("detail").asString()).doesNotContain("swapped");
    }

    @Test
    void saysWhenLatitudeAndLongitudeLookSwapped() {
        var response = analyst().get("/api/v1/geo/locate?lat=-6.2157&lon=13.4317");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).contains("swapped");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lat=abc&lon=-6",
            "lat=13",
            "lon=-6",
            "lat=91&lon=-6",
            "lat=13&lon=-181",
            "lat=NaN&lon=-6",
            "lat=13&lon=Infinity",
            "lat=&lon=-6"})
    void refusesMissingNonNumericOrOutOfRangeCoordinatesWithBadRequest(String query) {
        var response = analyst().get("/api/v1/geo/locate?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/invalid-parameter");
    }

    @Test
    void refusesLocateWithoutSignIn() {
        var response = http().get("/api/v1/geo/locate?lat=13.4&lon=-6.2");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void findsPlacesIgnoringCaseAndAccentsBestMatchFirst() {
        for (String query : new String[] {"segou", "SÉGOU", "Ségou"}) {
            JsonNode found = analyst().get("/api/v1/geo/places?q=" + encode(query)).json();

            JsonNode first = found.path("items").get(0);
            assertThat(first.path("name").asString()).isEqualToIgnoringCase("Segou");
            assertThat(first.path("adm1").path("name").asString()).isEqualTo("Segou");
            assertThat(first.path("adm1").path("pcode").asString()).isEqualTo("ML04");
            assertThat(found.path("total").asInt()).isEqualTo(found.path("items").size());
        }
    }

    @Test
    void findsPlacesByAWordInsideTheirName() {
        JsonNode found = analyst().get("/api/v1/geo/places?q=doudou&limit=50").json();

        assertThat(found.path("items").valueStream().map(item -> item.path("name").asString()))
                .contains("Bangassi-Doudou");
    }

    @Test
    void treatsInjectionAndWildcardsInASearchAsPlainText() {
        var injection = analyst().get("/api/v1/geo/places?q=" + encode("x' OR '1'='1; DROP TABLE geo_place; --"));
        var wildcard = analyst().get("/api/v1/geo/places?q=" + encode("%_"));

        assertThat(injection.status()).isEqualTo(200);
        assertThat(injection.json().path("items").size()).isZero();
        assertThat(wildcard.status()).isEqualTo(400);
        assertThat(analyst().get("/api/v1/geo/places?q=gao").json().path("items").size()).isPositive();
    }

    @Test
    void refusesAnEmptyOrOversizedSearch() {
        assertThat(analyst().get("/api/v1/geo/places?q=").status()).isEqualTo(400);
        assertThat(analyst().get("/api/v1/geo/places?q=" + "a".repeat(101)).status()).isEqualTo(400);
        assertThat(analyst().get("/api/v1/geo/places?q=gao&limit=0").status()).isEqualTo(400);
    }

    @Test
    void servesTheNineRegionsAsSimplifiedGeoJson() {
        var response = analyst().get("/api/v1/geo/admin-units?level=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/geo+json");
        JsonNode collection = response.json();
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("total").asInt()).isEqualTo(9);
        assertThat(collection.path("features").size()).isEqualTo(9);
        assertThat(collection.path("features").valueStream().map(f -> f.path("properties").path("pcode").asString()))
                .containsExactlyInAnyOrder("ML01", "ML02", "ML03", "ML04", "ML05", "ML06", "ML07", "ML08", "ML09");
        assertThat(response.body().length()).as("simplified for display").isLessThan(273_209);
    }

    @Test
    void pagesAdminUnitsWithLimitAndOffset() {
        JsonNode page = analyst().get("/api/v1/geo/admin-units?level=3&limit=10&offset=700").json();

        assertThat(page.path("total").asInt()).isEqualTo(701);
        assertThat(page.path("features").size()).isEqualTo(1);
        assertThat(analyst().get("/api/v1/geo/admin-units?level=3&limit=10001").status()).isEqualTo(400);
        assertThat(analyst().get("/api/v1/geo/admin-units?level=3&offset=-1").status()).isEqualTo(400);
    }

    @Test
    void refusesAnUnknownAdminLevel() {
        assertThat(analyst().get("/api/v1/geo/admin-units?level=4").status()).isEqualTo(400);
        assertThat(analyst().get("/api/v1/geo/admin-units?level=one").status()).isEqualTo(400);
    }

    @Test
    void loadsAValidGazetteerVersionWithoutChangingTheActiveOne() {
        String code = "test-" + System.nanoTime();
        var response = admin().postMultipart("/api/v1/geo/gazetteers", gazetteerParts(code,
                TestGazetteer.level1(), TestGazetteer.level2Valid()));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("adm1Count").asInt()).isEqualTo(2);
        assertThat(response.json().path("adm2Count").asInt()).isEqualTo(2);
        assertThat(response.json().path("active").asBoolean()).isFalse();
        assertThat(analyst().get("/api/v1/geo/locate?lat=13.4317&lon=-6.2157").json().path("gazetteer").asString())
                .isEqualTo("cod-2015");
    }

    @Test
    void refusesABadGazetteerListingEveryProblemAndStoresNothing() {
        int before = admin().get("/api/v1/geo/gazetteers").json().path("total").asInt();
        String code = "bad-" + System.nanoTime();
        var response = admin().postMultipart("/api/v1/geo/gazetteers", gazetteerParts(code,
                TestGazetteer.level1WithProblems(), TestGazetteer.level2WithProblems()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/invalid-file");
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("code").asString()))
                .contains("duplicate-pcode", "missing-property", "invalid-polygon", "unknown-parent", "outside-parent");
        assertThat(admin().get("/api/v1/geo/gazetteers").json().path("total").asInt()).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotGeoJson() {
        var response = admin().postMultipart("/api/v1/geo/gazetteers", gazetteerParts("not-json-" + System.nanoTime(),
                "<xml>not json</xml>".getBytes(StandardCharsets.UTF_8), null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("code").asString()).isEqualTo("not-json");
    }

    @Test
    void refusesAnExistingVersionCode() {
        var response = admin().postMultipart("/api/v1/geo/gazetteers", gazetteerParts("cod-2015",
                TestGazetteer.level1(), null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("code").asString()).isEqualTo("duplicate-version");
    }

    @Test
    void onlyAnAdministratorLoadsOrActivatesGazetteers() {
        var load = http().as("im.officer", passwordOf("im.officer")).postMultipart("/api/v1/geo/gazetteers",
                gazetteerParts("denied-" + System.nanoTime(), TestGazetteer.level1(), null));
        var activate = http().as("im.officer", passwordOf("im.officer")).postJson("/api/v1/geo/gazetteers/cod-2015/activate", "");

        assertThat(load.status()).isEqualTo(403);
        assertThat(activate.status()).isEqualTo(403);
        assertThat(load.json().path("type").asString()).isEqualTo("/problems/forbidden");
    }

    @Test
    void activatingAnUnknownVersionIsNotFound() {
        assertThat(admin().postJson("/api/v1/geo/gazetteers/no-such-version/activate", "").status()).isEqualTo(404);
    }

    @Test
    void anActivatedVersionServesLookupsAndCarriesThePlacesOver() {
        String code = "active-" + System.nanoTime();
        admin().postMultipart("/api/v1/geo/gazetteers", gazetteerParts(code, TestGazetteer.level1(), TestGazetteer.level2Valid()));
        try {
            assertThat(admin().postJson("/api/v1/geo/gazetteers/" + code + "/activate", "").status()).isEqualTo(204);

            JsonNode location = analyst().get("/api/v1/geo/locate?lat=13.4317&lon=-6.2157").json();
            assertThat(location.path("gazetteer").asString()).isEqualTo(code);
            assertThat(location.path("adm1").path("pcode").asString()).isEqualTo("XW01");
            assertThat(location.path("nearestPlace").path("name").asString()).isNotBlank();
            JsonNode place = analyst().get("/api/v1/geo/places?q=segou").json().path("items").get(0);
            assertThat(place.path("gazetteer").asString()).isEqualTo(code);
            assertThat(place.path("adm1").path("pcode").asString()).isEqualTo("XW01");
        } finally {
            admin().postJson("/api/v1/geo/gazetteers/cod-2015/activate", "");
        }
        assertThat(analyst().get("/api/v1/geo/locate?lat=13.4317&lon=-6.2157").json().path("adm1").path("pcode").asString())
                .isEqualTo("ML04");
    }

    @Test
    void anAdministratorLoadsAGazetteerThroughThePageAndSeesEveryProblemOfABadOne() {
        TestHttp admin = http().signIn("admin", ADMIN_PASSWORD);
        String csrf = TestHttp.csrfFrom(admin.get("/admin/gazetteers"));
        Map<String, Object> bad = gazetteerParts("page-bad-" + System.nanoTime(), TestGazetteer.level1WithProblems(), null);
        bad.put("_csrf", csrf);
        Map<String, Object> good = gazetteerParts("page-good-" + System.nanoTime(), TestGazetteer.level1(), null);
        good.put("_csrf", csrf);

        var refused = admin.postMultipart("/admin/gazetteers", bad);
        var loaded = admin.postMultipart("/admin/gazetteers", good);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Duplicate P-code", "Invalid polygon", "A property is missing");
        assertThat(loaded.status()).isEqualTo(302);
        assertThat(admin.get("/admin/gazetteers").body()).contains((String) good.get("code")).doesNotContain((String) bad.get("code"));
    }

    @Test
    void readsACoordinateInAnyNotationAndSaysWhereItFalls() {
        JsonNode dms = analyst().get("/api/v1/geo/coordinates?text=" + encode("13°25'54\"N 6°12'57\"W")).json();
        JsonNode mgrs = analyst().get("/api/v1/geo/coordinates?text=29PKR3695398893").json();

        assertThat(dms.path("notation").asString()).isEqualTo("DMS");
        assertThat(dms.path("location").path("adm1").path("pcode").asString()).isEqualTo("ML04");
        assertThat(mgrs.path("notation").asString()).isEqualTo("MGRS");
        assertThat(mgrs.path("location").path("adm1").path("pcode").asString()).isEqualTo("ML01");
    }

    @Test
    void refusesAnUnreadableCoordinateNamingEveryProblemInTheClientsLanguage() {
        var response = analyst().header("Accept-Language", "fr").get("/api/v1/geo/coordinates?text=" + encode("14°75'61\"N 11°26'W"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("code").asString()))
                .contains("coordinate.problem.minutes_out_of_range", "coordinate.problem.seconds_out_of_range");
        assertThat(response.body()).contains("Les minutes doivent être inférieures à 60");
    }

    @Test
    void healthIsUpWithoutSignIn() {
        var response = http().get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }

    private static Map<String, Object> gazetteerParts(String code, byte[] level1, byte[] level2) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("code", code);
        parts.put("label", "Test " + code);
        parts.put("adm1", new FilePart("adm1.geojson", level1));
        parts.put("adm1.pcode", "ADM1_PCODE");
        parts.put("adm1.name", "ADM1_FR");
        if (level2 != null) {
            parts.put("adm2", new FilePart("adm2.geojson", level2));
            parts.put("adm2.pcode", "ADM2_PCODE");
            parts.put("adm2.name", "ADM2_FR");
            parts.put("adm2.parent", "ADM1_PCODE");
        }
        return parts;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
