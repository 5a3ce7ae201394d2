package org.balise.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

class HazardPageIntegrationTests extends IntegrationTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.90,15.20],[-3.899,15.20],[-3.899,15.201],[-3.90,15.201],[-3.90,15.20]]]}";

    private static Map<String, String> form(String csrf, String geometry) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf);
        form.put("name", "Champ de Konna");
        form.put("type", "SHA");
        form.put("deviceCategories", "IMPROVISED_MINE");
        form.put("blockedLandUse", "AGRICULTURE");
        form.put("women", "12");
        form.put("informationDate", "2026-02-02");
        form.put("evidenceKind", "INDIRECT");
        form.put("evidenceDescription", "Signalé par le chef de village");
        form.put("geometry", geometry);
        return form;
    }

    @Test
    void anImOfficerDrawsAnAreaInTheFormAndFindsItInTheListDetailAndHistory() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));

        var saved = im.postForm("/hazards", form(csrf, SQUARE));

        assertThat(saved.status()).isEqualTo(302);
        String detailPath = saved.header("Location").replaceFirst("^https?://[^/]+", "");
        var detail = im.get(detailPath);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Champ de Konna", "Improvised mine", "Signalé par le chef de village", "Created");
        String reference = detailPath.substring(detailPath.lastIndexOf('/') + 1);
        assertThat(im.get("/map/data/hazard-areas?type=SHA").body()).contains(reference);
        assertThat(im.get("/hazards").body()).as("the newest area is listed first").contains("Champ de Konna");
        assertThat(im.get(detailPath + "/versions/1").body()).contains("Champ de Konna");
    }

    @Test
    void theFormShowsEveryProblemAndKeepsWhatWasTyped() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer")).header("Accept-Language", "fr");
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        Map<String, String> bad = form(csrf, "");
        bad.remove("deviceCategories");

        var refused = im.postForm("/hazards", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Ce champ est obligatoire", "La géométrie est illisible", "Champ de Konna");
    }

    @Test
    void theFormRefusesASelfIntersectingOutline() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.9,15.2],[-3.899,15.201],[-3.899,15.2],[-3.9,15.201],[-3.9,15.2]]]}";

        var refused = im.postForm("/hazards", form(csrf, bowTie));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The outline crosses itself");
    }

    @Test
    void readersSeeTheListButNotTheForms() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        assertThat(analyst.get("/hazards").status()).isEqualTo(200);
        assertThat(analyst.get("/hazards").body()).doesNotContain("/hazards/new");
        assertThat(analyst.get("/hazards/new").status()).isEqualTo(403);
    }

    @Test
    void theMapDataOfTheListIsGeoJson() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        var data = analyst.get("/map/data/hazard-areas?adm1=ML05");

        assertThat(data.header("Content-Type")).startsWith("application/geo+json");
        assertThat(data.json().path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(data.json().path("features").size()).isPositive();
    }

    @Test
    void theMapOfTheListAsksForTheAreasInItsView() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        String reference = im.postForm("/hazards", form(csrf, SQUARE)).header("Location").replaceFirst(".*/", "");

        var inView = im.get("/map/data/hazard-areas?bbox=-3.95,15.15,-3.85,15.25").json();
        var elsewhere = im.get("/map/data/hazard-areas?bbox=-11.5,14.3,-11.3,14.5").json();

        assertThat(inView.path("features").findValuesAsString("id")).contains(reference);
        assertThat(elsewhere.path("features").findValuesAsString("id")).doesNotContain(reference);
        var drawn = inView.path("features").get(0).path("properties");
        assertThat(drawn.propertyNames()).as("what the map draws, not the whole area").containsExactlyInAnyOrder("name", "type", "status");
        assertThat(im.get("/map/data/hazard-areas?bbox=1,2,3").status()).isEqualTo(400);
    }

    @Test
    void theDataQualityReportNamesProblemsOfStoredAreas() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        String longEdges = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.70,15.30],[-3.60,15.30],[-3.60,15.301],[-3.70,15.301],[-3.70,15.30]]]}";
        String reference = im.postForm("/hazards", form(csrf, longEdges)).header("Location").replaceFirst(".*/", "");

        var report = im.get("/hazards/quality");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains(reference, "Corners more than 5 km apart");
    }

    @Test
    void anImOfficerRecordsADeviceFoundOnTheAreaPage() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.80,15.10],[-3.799,15.10],[-3.799,15.101],[-3.80,15.101],[-3.80,15.10]]]}";
        String detail = im.postForm("/hazards", form(csrf, square)).header("Location").replaceFirst("^https?://[^/]+", "");

        var recorded = im.postForm(detail + "/devices", Map.of("_csrf", csrf, "category", "AP_MINE", "model", "PMN-2",
                "quantity", "2", "condition", "INTACT", "depthCm", "3"));
        var refused = im.postForm(detail + "/devices", Map.of("_csrf", csrf, "category", "AP_MINE", "quantity", "0"));

        assertThat(recorded.status()).isEqualTo(302);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(im.get(detail).body()).contains("PMN-2", "Anti-personnel mine", "3 cm");
        String reference = detail.substring(detail.lastIndexOf('/') + 1);
        assertThat(http().as("im.officer", passwordOf("im.officer")).get("/api/v1/hazard-areas/" + reference + "/devices")
                .json().path("total").asInt()).as("the refused device is not stored").isEqualTo(1);
    }

    @Test
    void theAreaPagesOfAUserScopedToARegionShowOnlyItsAreas() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazards/new"));
        String inGao = "{\"type\":\"Polygon\",\"coordinates\":[[[0.10,16.25],[0.101,16.25],[0.101,16.251],[0.10,16.251],[0.10,16.25]]]}";
        String gao = im.postForm("/hazards", form(csrf, inGao)).header("Location").replaceFirst(".*/", "");
        Set<String> moptiAreas = new HashSet<>(http().as("field.mopti", passwordOf("field.mopti"))
                .get("/api/v1/hazard-areas?limit=10000").json().findValuesAsString("reference"));
        TestHttp field = http().signIn("field.mopti", passwordOf("field.mopti"));

        List<String> listed = Pattern.compile("/hazards/(HA-\\d{6})").matcher(field.get("/hazards").body()).results()
                .map(match -> match.group(1)).toList();

        assertThat(listed).isNotEmpty().allMatch(moptiAreas::contains).doesNotContain(gao);
        assertThat(field.get("/hazards?adm1=ML07").body()).doesNotContain("/hazards/HA-");
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/hazards?adm1=ML07").body()).contains(gao);
        for (String path : new String[] {"/hazards/" + gao, "/hazards/" + gao + "/versions/1"}) {
            assertThat(field.get(path).status()).as(path).isEqualTo(404);
            assertThat(im.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anUnknownAreaPageIsNotFound() {
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/hazards/HA-999999").status()).isEqualTo(404);
    }
}
