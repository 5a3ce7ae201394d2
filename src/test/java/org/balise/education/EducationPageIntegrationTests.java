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
    void theDashboardOfAUserScopedToARegionShowsOnlyItsSessionsFiguresAndTargets() {
        String kayes = http().as("im.officer", passwordOf("im.officer")).postJson("/api/v1/eore-sessions", """
                {"date":"%s","location":{"lat":14.4469,"lon":-11.4456},"team":"Équipe EREE 2","method":"GROUP_SESSION",
                 "audience":"PUPILS","language":"Bambara","messages":["DO_NOT_TOUCH"],
                 "beneficiaries":{"girls":3,"boys":3,"women":0,"men":0,"disabled":0}}""".formatted(java.time.LocalDate.now()))
                .json().path("reference").asString();
        java.util.Set<String> moptiSessions = new java.util.HashSet<>(http().as("field.mopti", passwordOf("field.mopti"))
                .get("/api/v1/eore-sessions?limit=10000").json().findValuesAsString("reference"));

        String page = http().signIn("field.mopti", passwordOf("field.mopti")).get("/education").body();

        java.util.List<String> listed = java.util.regex.Pattern.compile("/education/sessions/(ES-\\d{6})").matcher(page).results()
                .map(match -> match.group(1)).toList();
        assertThat(listed).isNotEmpty().allMatch(moptiSessions::contains).doesNotContain(kayes);
        assertThat(page).contains("data-key=\"ML05\"").doesNotContain("data-key=\"ML01\"", "data-key=\"ML04\"", ">Kayes<", ">Ségou<");
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/education").body())
                .contains(kayes, "data-key=\"ML01\"", ">Kayes<");
        assertThat(http().signIn("field.mopti", passwordOf("field.mopti")).get("/education/sessions/" + kayes).status()).isEqualTo(404);
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
