package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.IntegrationTest;
import org.junit.jupiter.api.Test;

class WebErrorIntegrationTests extends IntegrationTest {

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        var response = http().as("analyst", passwordOf("analyst")).get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void anUnknownPageIsTheNotFoundPage() {
        var response = http().signIn("analyst", passwordOf("analyst")).get("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("Not found");
    }

    @Test
    void aRejectedUrlIsABadRequestProblemAndTheServerStaysUp() {
        var rejected = http().as("analyst", passwordOf("analyst")).get("/api/v1/geo/%2e%2e/%2e%2e/admin");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void refusalsOfTheWebServerItselfAreProblemsUnderApiAndNeverNameTheServer() {
        var analyst = http().as("analyst", passwordOf("analyst"));
        var encodedSlash = analyst.get("/api/v1/hazard-areas/..%2f..%2fetc%2fpasswd");
        assertThat(encodedSlash.status()).isEqualTo(400);
        assertThat(encodedSlash.header("Content-Type")).startsWith("application/problem+json");
        assertThat(encodedSlash.json().path("type").asString()).isEqualTo("/problems/malformed-request");

        for (var refused : java.util.List.of(http().signIn("analyst", passwordOf("analyst")).get("/hazards/..%2f..%2fetc"),
                analyst.get("/api/v1/" + "a".repeat(20_000)))) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("Tomcat", "Exception", "java.");
        }
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void anUnknownFieldOrAValueOfTheWrongTypeIsNamedInTheProblem() {
        var im = http().as("im.officer", passwordOf("im.officer"));
        var unknown = im.postJson("/api/v1/accidents", """
                {"date":"2026-02-14","location":{"lat":14.49,"lon":-4.19,"colour":"red"},"victims":[{"outcome":"KILLED"}]}""");
        var fraction = im.postJson("/api/v1/accidents", """
                {"date":"2026-02-14","location":{"lat":14.49,"lon":-4.19},"victims":[{"outcome":"KILLED","age":12.5}]}""");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("location.colour");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().path("errors").get(0).path("field").asString()).isEqualTo("victims[0].age");
    }

    @Test
    void aWrongMethodIsMethodNotAllowed() {
        var response = http().as("analyst", passwordOf("analyst")).delete("/api/v1/geo/places");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/method-not-allowed");
    }

    @Test
    void problemTitlesFollowTheClientsLanguage() {
        var response = http().as("analyst", passwordOf("analyst")).header("Accept-Language", "fr-ML,fr;q=0.9")
                .get("/api/v1/geo/locate?lat=48.85&lon=2.35");

        assertThat(response.json().path("title").asString()).isEqualTo("Hors du Mali");
    }
}
