package org.balise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

/** The risk education pages: dashboard with charts and tables, office entry, exports. */
class EducationPageIntegrationTests extends IntegrationTest {

    private long total() {
        return http().as("admin", ADMIN_PASSWORD).get("/api/v1/eore-sessions?limit=1").json().path("total").asLong();
    }

    @Test
    void theDashboardShowsFiguresAsChartsAndTablesInFrench() {
        String page = http().signIn("analyst", passwordOf("analyst")).get("/education?lang=fr").body();

        assertThat(page).contains("Personnes touchées par mois", "id=\"by-month\"", "id=\"by-region\"", "id=\"targets\"",
                "class=\"bar-chart\"", "/js/charts.js", "Déplacés internes").doesNotContain("Record a session");
    }

    @Test
    void anImOfficerRecordsASessionFromTheForm() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/education/sessions/new"));
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "date", "2026-09-14", "lat", "13.4317", "lon", "-6.2157",
                "method", "SCHOOL", "audience", "PUPILS", "girls", "31", "boys", "29", "women", "0", "men", "2"));
        form.put("disabled", "1");
        form.put("messages", "KEEP_AWAY");

        TestHttp.Response saved = im.postForm("/education/sessions", form);

        assertThat(saved.status()).isEqualTo(302);
        String detail = im.get(saved.header("Location").replaceFirst("^https?://[^/]+", "")).body();
        assertThat(detail).contains("id=\"attendance\">62<", "School", "Pupils");
    }

    @Test
    void aRefusedFormShowsItsProblemsAndStoresNothing() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/education/sessions/new"));
        long before = total();
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "date", "2026-09-14", "lat", "13.43", "lon", "-6.21",
                "method", "SCHOOL", "audience", "PUPILS", "girls", "-4", "boys", "1", "women", "0", "men", "0"));
        form.put("disabled", "9");
        form.put("messages", "KEEP_AWAY");

        TestHttp.Response refused = im.postForm("/education/sessions", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"problem\"", "beneficiaries.girls", "beneficiaries.disabled");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void onlyImOfficersSeeTheEntryForm() {
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/education/sessions/new").status()).isEqualTo(403);
    }

    @Test
    void sessionsExportAsCsvWithHxlTags() {
        TestHttp.Response hxl = http().as("analyst", passwordOf("analyst")).get("/api/v1/eore-sessions/export?format=hxl");

        assertThat(hxl.status()).isEqualTo(200);
        assertThat(hxl.body().lines().skip(1).findFirst().orElseThrow()).contains("#reached+f+children", "#reached+total", "#adm1+code");
        assertThat(hxl.body().lines().count()).isGreaterThan(100);
    }
}
