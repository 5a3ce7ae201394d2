package org.balise.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Focal points over the API: personal data per role, refusals with nothing stored, trainings and refreshers. */
class CommunityIntegrationTests extends IntegrationTest {

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private String placeInMopti() {
        return im().get("/api/v1/geo/places?q=Sevare&limit=1").json().path("items").get(0).path("pcode").asString();
    }

    private String focalPoint(String name, String place, String joined) {
        return """
                {"name":"%s","phone":"+223 76 12 34 56","sex":"FEMALE","ageBand":"ADULT","profile":"TEACHER",
                 "placePcode":"%s","languages":"Fulfulde","joinedOn":"%s"}""".formatted(name, place, joined);
    }

    private long total() {
        return im().get("/api/v1/focal-points?limit=1").json().path("total").asLong();
    }

    @Test
    void registersAFocalPointAtItsCommunity() {
        TestHttp.Response created = im().postJson("/api/v1/focal-points", focalPoint("Aïssata Dicko", placeInMopti(), "2026-02-01"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode point = created.json();
        assertThat(point.path("reference").asString()).matches("CFP-\\d{5}");
        assertThat(point.path("name").asString()).isEqualTo("Aïssata Dicko");
        assertThat(point.path("adm1Pcode").asString()).isEqualTo("ML05");
        assertThat(point.path("refresherDue").asString()).isEqualTo("2027-02-01");
    }

    @Test
    void namesAndPhonesAreAbsentForRolesThatMayNotSeeThem() {
        String reference = im().postJson("/api/v1/focal-points", focalPoint("Hawa Cissé", placeInMopti(), "2026-03-01"))
                .json().path("reference").asString();

        for (String role : new String[] {"analyst", "field.mopti", "authority", "amd.officer"}) {
            JsonNode point = http().as(role, passwordOf(role)).get("/api/v1/focal-points/" + reference).json();
            assertThat(point.has("name")).as(role).isFalse();
            assertThat(point.has("phone")).as(role).isFalse();
            assertThat(point.path("placeName").asString()).as(role).isNotBlank();
            assertThat(http().as(role, passwordOf(role)).get("/api/v1/focal-points?limit=10000").body()).as(role)
                    .doesNotContain("Hawa Cissé").doesNotContain("+223 76 12 34 56");
        }
        assertThat(im().get("/api/v1/focal-points/" + reference).json().path("name").asString()).isEqualTo("Hawa Cissé");
        JsonNode reads = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=FOCAL_POINT_READ&limit=10000").json();
        assertThat(reads.path("items").findValuesAsString("entityId")).contains(reference);
    }

    @Test
    void refusesBadFocalPointsAndStoresNothing() {
        long before = total();
        String place = placeInMopti();
        String[] refused = {
            focalPoint("", place, "2026-02-01"),
            focalPoint("Oumar", "ML99999999", "2026-02-01"),
            focalPoint("Oumar", place, LocalDate.now().plusDays(5).toString()),
            focalPoint("Oumar", place, "01/02/2026"),
            focalPoint("Oumar", place, "2026-02-01").replace("TEACHER", "ASTRONAUT"),
            focalPoint("Oumar", place, "2026-02-01").replace("+223 76 12 34 56", "<script>alert(1)</script>"),
            "{}"};
        for (String body : refused) {
            TestHttp.Response answer = im().postJson("/api/v1/focal-points", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/focal-points", focalPoint("x", place, "2026-02-01"))
                .status()).isEqualTo(403);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aRefresherMovesTheDueDateAndTheOverdueListFollows() {
        String reference = im().postJson("/api/v1/focal-points", focalPoint("Seydou Maïga", placeInMopti(), "2024-05-01"))
                .json().path("reference").asString();
        assertThat(im().get("/api/v1/focal-points/refreshers-due").json().findValuesAsString("reference")).contains(reference);

        TestHttp.Response trained = im().postJson("/api/v1/focal-points/" + reference + "/trainings",
                "{\"date\":\"" + LocalDate.now().minusDays(10) + "\",\"topic\":\"Recyclage\",\"preScore\":55,\"postScore\":85}");

        assertThat(trained.status()).isEqualTo(201);
        assertThat(im().get("/api/v1/focal-points/refreshers-due").json().findValuesAsString("reference")).doesNotContain(reference);
        assertThat(im().get("/api/v1/focal-points/" + reference).json().path("refresherDue").asString())
                .isEqualTo(LocalDate.now().minusDays(10).plusMonths(12).toString());
        assertThat(im().postJson("/api/v1/focal-points/" + reference + "/trainings",
                "{\"date\":\"2026-01-01\",\"topic\":\"x\",\"preScore\":120}").status()).isEqualTo(400);
        assertThat(im().get("/api/v1/focal-points/" + reference + "/trainings").json()).hasSize(1);
    }

    @Test
    void coverageListsCommunesWithKnownDangerAndNoActiveFocalPointFirst() {
        JsonNode coverage = http().as("analyst", passwordOf("analyst")).get("/api/v1/focal-points/coverage").json();

        assertThat(coverage.size()).isPositive();
        boolean seenCovered = false;
        for (JsonNode commune : coverage) {
            boolean uncovered = commune.path("activeFocalPoints").asInt() == 0
                    && commune.path("openAreas").asInt() + commune.path("recentCasualties").asInt() > 0;
            assertThat(uncovered && seenCovered).as("an uncovered commune after a covered one").isFalse();
            seenCovered |= !uncovered;
        }
        JsonNode first = coverage.get(0);
        assertThat(first.path("activeFocalPoints").asInt()).isZero();
        assertThat(first.path("openAreas").asInt() + first.path("recentCasualties").asInt()).isPositive();
    }

    @Test
    void theDemoNetworkHasFocalPointsWithTrainings() {
        assertThat(total()).isGreaterThanOrEqualTo(40);
    }
}
