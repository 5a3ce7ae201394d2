package org.balise.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

class CasualtyPageIntegrationTests extends IntegrationTest {

    @Test
    void anImOfficerRecordsAnAccidentOnThePageAndSeesTheVictimsName() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/casualties/new"));
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "date", "2026-03-03", "lat", "14.49", "lon", "-4.19",
                "deviceCategory", "UXO", "outcome", "INJURED", "sex", "MALE", "age", "9", "name", "Seydou Sangaré"));
        form.put("referred", "true");

        var saved = im.postForm("/casualties", form);

        assertThat(saved.status()).isEqualTo(302);
        String detail = saved.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(im.get(detail).body()).contains("Seydou Sangaré", "Injured", "Unexploded ordnance (UXO)", "<td>Yes</td>");
    }

    @Test
    void otherRolesSeeAccidentPagesWithoutNames() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/casualties/new"));
        String detail = im.postForm("/casualties", new HashMap<>(Map.of("_csrf", csrf, "date", "2026-03-03", "lat", "14.49",
                "lon", "-4.19", "outcome", "KILLED", "name", "Awa Maïga"))).header("Location").replaceFirst("^https?://[^/]+", "");
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        assertThat(analyst.get(detail).body()).doesNotContain("Awa Maïga").contains("without names");
        assertThat(analyst.get("/casualties").body()).doesNotContain("Awa Maïga").contains("By year");
        assertThat(analyst.get("/casualties/new").status()).isEqualTo(403);
    }

    @Test
    void theFormListsEveryProblem() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/casualties/new"));

        var refused = im.postForm("/casualties", new HashMap<>(Map.of("_csrf", csrf, "date", "2099-01-01", "lat", "48.8", "lon", "2.3")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The date is in the future", "An accident needs at least one victim");
    }
}
