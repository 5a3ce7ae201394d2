package org.balise.arms;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The quantity-distance API and page: values computed by hand from IATG 02.20's formulas, and every refusal. */
class QdIntegrationTests extends IntegrationTest {

    private TestHttp user() {
        return http().as("analyst", passwordOf("analyst"));
    }

    private JsonNode distance(JsonNode result, String type) {
        for (JsonNode distance : result.path("distances")) {
            if (distance.path("type").asString().equals(type)) {
                return distance;
            }
        }
        throw new AssertionError("no " + type + " in " + result);
    }

    @Test
    void hazardDivisionOneOneAtTenTonnes() {
        JsonNode result = user().get("/api/v1/qd?neq=10000&hd=1.1").json();

        // Q^(1/3) = 21.544. IBD = D13 = 22.2 x 21.544 = 478.3 -> 479 m (Annex D Table D.1, Annex E Table E.1, cl. 7.7).
        // PTRD = D11 = 14.8 x 21.544 = 318.9 -> 319 m. PBD = 8.0 x 21.544 = 172.4 -> 173 m (Table 2).
        assertThat(result.path("hazardDivision").asString()).isEqualTo("1.1");
        assertThat(result.path("neqKg").asDouble()).isEqualTo(10000.0);
        assertThat(distance(result, "IBD").path("metres").asInt()).isEqualTo(479);
        assertThat(distance(result, "IBD").path("source").asString()).contains("IATG 02.20");
        assertThat(distance(result, "IBD").path("formula").asString()).contains("22.2");
        assertThat(distance(result, "PTRD").path("metres").asInt()).isEqualTo(319);
        assertThat(distance(result, "PBD").path("metres").asInt()).isEqualTo(173);
    }

    @Test
    void minimumsGovernSmallQuantitiesAndHazardDivisionOneFourIsDescribedInWords() {
        JsonNode small = user().get("/api/v1/qd?neq=100&hd=1.1").json();
        assertThat(distance(small, "IBD").path("metres").asInt()).isEqualTo(400);
        assertThat(distance(small, "PTRD").path("metres").asInt()).isEqualTo(270);

        JsonNode hd14 = user().get("/api/v1/qd?neq=500&hd=1.4").json();
        assertThat(hd14.path("distances")).isNotEmpty().allSatisfy(distance -> {
            assertThat(distance.has("metres")).isFalse();
            assertThat(distance.path("text").asString()).contains("10 m");
        });
    }

    @Test
    void thePermissibleQuantityOfADistanceIsRoundedDownAndGivesBackTheDistance() {
        JsonNode permissible = user().get("/api/v1/qd/permissible?hd=1.1&type=IBD&metres=479").json();
        long neq = permissible.path("neqKg").asLong();

        // (479 / 22.2)^3 = 21.577^3 = 10,045.0 kg.
        assertThat(neq).isBetween(10_000L, 10_046L);
        int back = distance(user().get("/api/v1/qd?hd=1.1&neq=" + neq).json(), "IBD").path("metres").asInt();
        int over = distance(user().get("/api/v1/qd?hd=1.1&neq=" + (neq + 1)).json(), "IBD").path("metres").asInt();
        assertThat(back).isLessThanOrEqualTo(479);
        assertThat(over).isGreaterThan(479);
        assertThat(user().get("/api/v1/qd/permissible?hd=1.1&type=IBD&metres=399").json().path("neqKg").asLong()).isZero();
    }

    @Test
    void refusesWhatTheStandardDoesNotCover() {
        String[] refused = {"neq=abc&hd=1.1", "neq=-5&hd=1.1", "neq=0&hd=1.1", "neq=NaN&hd=1.1", "neq=Infinity&hd=1.1",
            "neq=250001&hd=1.1", "neq=250001&hd=1.3", "neq=500001&hd=1.2.1", "neq=100&hd=2.1", "neq=100&hd=1.2",
            "neq=100", "hd=1.1", "neq=100&hd=1.6", "neq=5&hd=1.2.2"};
        for (String query : refused) {
            TestHttp.Response answer = user().get("/api/v1/qd?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(query).startsWith("application/problem+json");
        }
        assertThat(user().get("/api/v1/qd?neq=400000&hd=1.2.1").status()).isEqualTo(200);
        assertThat(user().get("/api/v1/qd/permissible?hd=1.1&type=MOAT&metres=400").status()).isEqualTo(400);
        assertThat(user().get("/api/v1/qd/permissible?hd=1.4&type=IBD&metres=400").status()).isEqualTo(400);
        assertThat(user().get("/api/v1/qd/permissible?hd=1.1&type=IBD&metres=-1").status()).isEqualTo(400);
        assertThat(http().get("/api/v1/qd?neq=100&hd=1.1").status()).isEqualTo(401);
    }

    @Test
    void compatibilityGroupsHStandsOnlyWithHAndS() {
        JsonNode check = user().get("/api/v1/qd/compatibility?groups=H,D").json();
        assertThat(check.path("forbidden")).hasSize(1);
        assertThat(user().get("/api/v1/qd/compatibility?groups=H,S").json().path("forbidden")).isEmpty();
        assertThat(user().get("/api/v1/qd/compatibility?groups=D,E").json().path("unverified")).hasSize(1);
        assertThat(user().get("/api/v1/qd/compatibility?groups=D,Z").status()).isEqualTo(400);
    }

    @Test
    void theCalculatorPageShowsTheDistancesAndTheReverse() {
        TestHttp page = http().signIn("analyst", passwordOf("analyst"));
        String body = page.get("/arms/qd?hd=1.1&neq=10000&lang=en").body();
        assertThat(body).contains("id=\"distances\"", "479 m", "319 m", "IATG 02.20");
        assertThat(page.get("/arms/qd?hd=1.1&type=IBD&metres=479").body()).contains("id=\"permissible\"");
        assertThat(page.get("/arms/qd?hd=1.1&neq=-3").body()).contains("class=\"problem\"").doesNotContain("id=\"distances\"");
    }
}
