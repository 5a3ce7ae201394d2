package org.balise.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

class PrioritisationPageIntegrationTests extends IntegrationTest {

    @Test
    void theRankingPageShowsScoresWithTheirFactorsInFrench() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst")).header("Accept-Language", "fr");

        var page = analyst.get("/priorities?adm1=ML05");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Priorités de dépollution", "Gravité de l’engin", "id=\"priority-map\"");
    }

    @Test
    void anImOfficerSavesAScenarioFromThePageAndComparesIt() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/priorities/scenarios"));
        String name = "page-" + System.nanoTime() % 100000;

        var saved = im.postForm("/priorities/scenarios", Map.of("_csrf", csrf, "name", name, "weight.LAND_GRAZING", "40"));
        var compared = im.get("/priorities/scenarios?a=default&b=" + name);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(compared.body()).contains(name, "Movement");
    }

    @Test
    void aNonNumericWeightIsRefusedWithAMessage() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/priorities/scenarios"));

        im.postForm("/priorities/scenarios", Map.of("_csrf", csrf, "name", "broken", "weight.DEVICE", "lots"));

        assertThat(im.get("/priorities/scenarios").body()).contains("A weight is a number from 0 to 100").doesNotContain(">broken<");
    }

    @Test
    void readersCannotSaveScenarios() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));
        String csrf = TestHttp.csrfFrom(analyst.get("/priorities/scenarios"));

        assertThat(analyst.postForm("/priorities/scenarios", Map.of("_csrf", csrf, "name", "mine")).status()).isEqualTo(403);
    }
}
