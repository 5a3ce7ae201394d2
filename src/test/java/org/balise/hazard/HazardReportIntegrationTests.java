package org.balise.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class HazardReportIntegrationTests extends IntegrationTest {

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private String area(double west, double south, String categories) {
        return im().postJson("/api/v1/hazard-areas", """
                {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[%1$f,%2$f],[%3$f,%2$f],[%3$f,%4$f],[%1$f,%4$f],[%1$f,%2$f]]]},
                 "properties":{"name":"Zone test","type":"SHA","deviceCategories":%5$s}}"""
                .formatted(west, south, west + 0.002, south + 0.002, categories)).json().path("properties").path("reference").asString();
    }

    private JsonNode report(double lat, double lon, String categories) {
        var response = im().postJson("/api/v1/hazard-reports", """
                {"source":"COMMUNITY","date":"2026-10-01","location":{"lat":%f,"lon":%f},"deviceCategories":%s,
                 "description":"Objet suspect près du puits"}""".formatted(lat, lon, categories));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void flagsAnOpenAreaNearbyWithASharedCategoryAsAPossibleDuplicate() {
        String near = area(-5.500, 13.900, "[\"AP_MINE\"]");
        String otherKind = area(-5.497, 13.900, "[\"AXO\"]");

        JsonNode report = report(13.9035, -5.499, "[\"AP_MINE\"]");

        assertThat(report.path("reference").asString()).matches("HR-\\d{6}");
        assertThat(report.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(report.path("possibleDuplicates").valueStream().map(d -> d.path("areaReference").asString()))
                .contains(near).doesNotContain(otherKind);
        JsonNode duplicate = report.path("possibleDuplicates").get(0);
        assertThat(duplicate.path("distanceMetres").asLong()).isBetween(100L, 500L);
    }

    @Test
    void mergingLinksTheReportToTheAreaAndDismissingClosesTheFlag() {
        String area = area(-5.600, 13.900, "[\"UXO\"]");
        String reference = report(13.901, -5.599, "[\"UXO\"]").path("reference").asString();

        JsonNode merged = im().postJson("/api/v1/hazard-reports/" + reference + "/link", "{\"areaReference\":\"" + area + "\"}").json();

        assertThat(merged.path("status").asString()).isEqualTo("AREA_RECORDED");
        assertThat(merged.path("areaReference").asString()).isEqualTo(area);
        assertThat(merged.path("possibleDuplicates").get(0).path("decision").asString()).isEqualTo("MERGED");
        assertThat(im().get("/api/v1/hazard-areas/" + area + "/reports").body()).contains(reference);
        assertThat(http().signIn("im.officer", passwordOf("im.officer")).get("/hazards/" + area).body())
                .contains(reference, "Community report", "Hazard recorded");

        String second = report(13.901, -5.599, "[\"UXO\"]").path("reference").asString();
        var dismissed = im().postJson("/api/v1/hazard-reports/" + second + "/dismiss", "{\"areaReference\":\"" + area + "\"}");
        assertThat(dismissed.json().path("possibleDuplicates").get(0).path("decision").asString()).isEqualTo("DISMISSED");
        assertThat(im().postJson("/api/v1/hazard-reports/" + second + "/dismiss", "{\"areaReference\":\"" + area + "\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aSpotTaskClosesTheReportItAnswers() {
        String reference = report(14.20, -5.20, "[\"UXO\"]").path("reference").asString();

        var done = im().postJson("/api/v1/hazard-reports/" + reference + "/spot-task", """
                {"team":"Équipe EOD 2","visitDate":"2026-10-05","destructionMethod":"IN_SITU_DEMOLITION",
                 "devices":[{"category":"UXO","model":"Obus 82 mm","quantity":2,"condition":"FUZED","depthCm":5,"lat":14.2,"lon":-5.2}]}""");

        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().path("status").asString()).isEqualTo("CLEARED_BY_SPOT_TASK");
        assertThat(done.json().path("spotTask").path("devices").get(0).path("model").asString()).isEqualTo("Obus 82 mm");
        assertThat(im().postJson("/api/v1/hazard-reports/" + reference + "/spot-task",
                "{\"team\":\"X\",\"visitDate\":\"2026-10-06\",\"nothingFound\":true}").status()).isEqualTo(409);
    }

    @Test
    void aSpotTaskThatFindsNothingSaysSo() {
        String reference = report(14.25, -5.25, "[\"UNKNOWN\"]").path("reference").asString();

        var done = im().postJson("/api/v1/hazard-reports/" + reference + "/spot-task",
                "{\"team\":\"Équipe EOD 1\",\"visitDate\":\"2026-10-02\",\"nothingFound\":true}");

        assertThat(done.json().path("status").asString()).isEqualTo("NO_EVIDENCE_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"team\":\"T\",\"visitDate\":\"2026-10-05\"}",
            "{\"team\":\"T\",\"visitDate\":\"2026-10-05\",\"nothingFound\":true,\"devices\":[{\"category\":\"UXO\"}]}",
            "{\"visitDate\":\"2026-10-05\",\"nothingFound\":true}",
            "{\"team\":\"T\",\"visitDate\":\"2026-09-01\",\"nothingFound\":true}",
            "{\"team\":\"T\",\"visitDate\":\"2026-10-05\",\"destructionMethod\":\"PRAYER\",\"devices\":[{\"category\":\"UXO\"}]}",
            "{\"team\":\"T\",\"visitDate\":\"2026-10-05\",\"destructionMethod\":\"BURNING\",\"devices\":[{\"category\":\"UXO\",\"quantity\":0}]}"})
    void refusesBadSpotTasksAndLeavesTheReportOpen(String body) {
        String reference = report(14.30, -5.30, "[\"UXO\"]").path("reference").asString();

        var refused = im().postJson("/api/v1/hazard-reports/" + reference + "/spot-task", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(im().get("/api/v1/hazard-reports/" + reference).json().path("status").asString()).isEqualTo("RECEIVED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"source\":\"RUMOUR\",\"date\":\"2026-10-01\",\"location\":{\"lat\":14.3,\"lon\":-5.3}}",
            "{\"source\":\"COMMUNITY\",\"date\":\"2099-10-01\",\"location\":{\"lat\":14.3,\"lon\":-5.3}}",
            "{\"source\":\"COMMUNITY\",\"date\":\"2026-10-01\",\"location\":{\"lat\":48.8,\"lon\":2.3}}",
            "{\"source\":\"COMMUNITY\",\"date\":\"2026-10-01\"}",
            "{\"source\":\"COMMUNITY\",\"date\":\"2026-10-01\",\"location\":{\"lat\":14.3,\"lon\":-5.3},\"deviceCategories\":[\"ROCK\"]}"})
    void refusesBadReportsAndStoresNothing(String body) {
        long before = im().get("/api/v1/hazard-reports?limit=1").json().path("total").asLong();

        assertThat(im().postJson("/api/v1/hazard-reports", body).status()).isEqualTo(400);
        assertThat(im().get("/api/v1/hazard-reports?limit=1").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void recordsDevicesFoundInAnArea() {
        String area = area(-5.700, 13.950, "[\"AP_MINE\"]");

        var added = im().postJson("/api/v1/hazard-areas/" + area + "/devices",
                "{\"devices\":[{\"category\":\"AP_MINE\",\"model\":\"PMN-2\",\"quantity\":3,\"condition\":\"INTACT\",\"depthCm\":4}]}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(im().get("/api/v1/hazard-areas/" + area + "/devices").json().path("items").get(0).path("model").asString())
                .isEqualTo("PMN-2");
        assertThat(im().postJson("/api/v1/hazard-areas/" + area + "/devices", "{\"devices\":[{\"category\":\"TOY\"}]}").status())
                .isEqualTo(400);
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/hazard-areas/" + area + "/devices",
                "{\"devices\":[{\"category\":\"UXO\"}]}").status()).isEqualTo(403);
    }

    @Test
    void aReaderLimitedToRegionsSeesNoPossibleDuplicateInAnotherRegion() {
        // Across the border of Ségou (ML04, west of -5.131 at 14°N) and Mopti (ML05): the area in Ségou, the report in Mopti.
        String segouArea = area(-5.136, 13.999, "[\"UXO\"]");
        String moptiArea = area(-5.127, 13.999, "[\"UXO\"]");
        JsonNode flagged = report(14.000, -5.1295, "[\"UXO\"]");
        String reference = flagged.path("reference").asString();
        TestHttp analyst = http().as("analyst", passwordOf("analyst"));
        assertThat(analyst.get("/api/v1/hazard-areas/" + segouArea).json().path("properties").path("adm1").path("pcode").asString())
                .isEqualTo("ML04");
        assertThat(flagged.path("adm1Pcode").asString()).isEqualTo("ML05");
        assertThat(flagged.path("possibleDuplicates").valueStream().map(d -> d.path("areaReference").asString()))
                .contains(segouArea, moptiArea);

        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));
        assertThat(field.get("/api/v1/hazard-reports/" + reference).json().path("possibleDuplicates").valueStream()
                .map(d -> d.path("areaReference").asString())).contains(moptiArea).doesNotContain(segouArea);
        assertThat(field.get("/api/v1/hazard-reports?limit=10000").json().path("items").valueStream()
                .filter(r -> r.path("reference").asString().equals(reference))
                .flatMap(r -> r.path("possibleDuplicates").valueStream()).map(d -> d.path("areaReference").asString()))
                .contains(moptiArea).doesNotContain(segouArea);
        assertThat(http().signIn("field.mopti", passwordOf("field.mopti")).get("/hazard-reports/" + reference).body())
                .contains(moptiArea).doesNotContain(segouArea);
        assertThat(analyst.get("/api/v1/hazard-reports/" + reference).json().path("possibleDuplicates").valueStream()
                .map(d -> d.path("areaReference").asString())).contains(segouArea, moptiArea);
    }

    @Test
    void aUserScopedToARegionReadsOnlyItsReportsSpotTasksAndDevices() {
        String moptiArea = area(-4.250, 14.450, "[\"UXO\"]");
        String gaoArea = area(0.200, 16.300, "[\"UXO\"]");
        String mopti = report(14.455, -4.245, "[\"UXO\"]").path("reference").asString();
        String gao = report(16.290, 0.190, "[\"UXO\"]").path("reference").asString();
        // A report across the border from the area it became.
        im().postJson("/api/v1/hazard-reports/" + mopti + "/link", "{\"areaReference\":\"" + moptiArea + "\"}");
        im().postJson("/api/v1/hazard-reports/" + gao + "/link", "{\"areaReference\":\"" + moptiArea + "\"}");
        im().postJson("/api/v1/hazard-reports/" + gao + "/spot-task", """
                {"team":"Équipe EOD 3","visitDate":"2026-10-05","destructionMethod":"IN_SITU_DEMOLITION",
                 "devices":[{"category":"UXO","model":"Obus 120 mm","quantity":1,"condition":"FUZED"}]}""");
        String devices = "{\"devices\":[{\"category\":\"UXO\",\"model\":\"Roquette\",\"quantity\":1,\"condition\":\"INTACT\"}]}";
        im().postJson("/api/v1/hazard-areas/" + moptiArea + "/devices", devices);
        im().postJson("/api/v1/hazard-areas/" + gaoArea + "/devices", devices);
        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));
        TestHttp analyst = http().as("analyst", passwordOf("analyst"));

        JsonNode scoped = field.get("/api/v1/hazard-reports?limit=10000").json();
        JsonNode all = analyst.get("/api/v1/hazard-reports?limit=10000").json();
        assertThat(scoped.path("items").valueStream().map(r -> r.path("adm1Pcode").asString())).isNotEmpty().containsOnly("ML05");
        assertThat(scoped.path("total").asLong()).isEqualTo(scoped.path("items").size()).isLessThan(all.path("total").asLong());
        assertThat(scoped.path("items").valueStream().map(r -> r.path("reference").asString())).contains(mopti).doesNotContain(gao);

        assertThat(field.get("/api/v1/hazard-reports/" + mopti).status()).isEqualTo(200);
        for (String path : new String[] {"/api/v1/hazard-reports/" + gao, "/api/v1/hazard-areas/" + gaoArea + "/devices",
                "/api/v1/hazard-areas/" + gaoArea + "/reports"}) {
            assertThat(field.get(path).status()).as(path).isEqualTo(404);
            assertThat(analyst.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(field.get("/api/v1/hazard-areas/HA-999999/devices").status()).isEqualTo(404);
        assertThat(field.get("/api/v1/hazard-areas/" + moptiArea + "/devices").json().path("total").asInt()).isEqualTo(1);
        assertThat(field.get("/api/v1/hazard-areas/" + moptiArea + "/reports").json().path("items").valueStream()
                .map(JsonNode::asString)).containsExactly(mopti);
        assertThat(analyst.get("/api/v1/hazard-areas/" + moptiArea + "/reports").json().path("items").valueStream()
                .map(JsonNode::asString)).containsExactly(mopti, gao);
        var page = http().signIn("field.mopti", passwordOf("field.mopti")).get("/hazards/" + moptiArea);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(mopti, "Roquette").doesNotContain(gao);

        JsonNode scopedDevices = field.get("/api/v1/hazard-areas/devices/export?format=geojson").json();
        JsonNode allDevices = analyst.get("/api/v1/hazard-areas/devices/export?format=geojson").json();
        assertThat(scopedDevices.path("features").valueStream().map(f -> f.path("properties").path("adm1Code").asString()))
                .isNotEmpty().containsOnly("ML05");
        assertThat(scopedDevices.path("features").size()).isLessThan(allDevices.path("features").size());
        assertThat(field.get("/api/v1/hazard-areas/devices/export?format=csv").body()).doesNotContain(gaoArea, gao, "Obus 120 mm");
    }
}
