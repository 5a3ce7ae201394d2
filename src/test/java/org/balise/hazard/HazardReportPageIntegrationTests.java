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

class HazardReportPageIntegrationTests extends IntegrationTest {

    @Test
    void anImOfficerRecordsAReportAndItsSpotTaskOnThePages() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazard-reports"));

        var recorded = im.postForm("/hazard-reports", new HashMap<>(Map.of("_csrf", csrf, "source", "COMMUNITY",
                "date", "2026-10-01", "lat", "14.6", "lon", "-4.6", "deviceCategories", "UXO", "description", "Obus dans un champ")));
        String detail = recorded.header("Location").replaceFirst("^https?://[^/]+", "");
        var done = im.postForm(detail + "/spot-task", new HashMap<>(Map.of("_csrf", csrf, "team", "EOD 3", "visitDate", "2026-10-04",
                "deviceCategory", "UXO", "model", "Obus 120 mm", "quantity", "1", "condition", "FUZED",
                "destructionMethod", "IN_SITU_DEMOLITION")));

        assertThat(done.status()).isEqualTo(302);
        assertThat(im.get(detail).body()).contains("Obus dans un champ", "Cleared by a spot task", "Obus 120 mm");
        assertThat(im.get("/hazard-reports").body()).contains(detail.substring(detail.lastIndexOf('/') + 1));
    }

    @Test
    void aReportOutsideMaliIsRefusedWithTheReason() {
        TestHttp im = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(im.get("/hazard-reports"));

        im.postForm("/hazard-reports", new HashMap<>(Map.of("_csrf", csrf, "source", "COMMUNITY", "date", "2026-10-01",
                "lat", "48.85", "lon", "2.35")));

        assertThat(im.get("/hazard-reports").body()).contains("The area lies outside Mali");
    }

    @Test
    void theReportPagesOfAUserScopedToARegionShowOnlyItsReports() {
        TestHttp im = http().as("im.officer", passwordOf("im.officer"));
        String gao = im.postJson("/api/v1/hazard-reports", """
                {"source":"COMMUNITY","date":"2026-10-01","location":{"lat":16.27,"lon":0.04},"deviceCategories":["UXO"]}""")
                .json().path("reference").asString();
        Set<String> moptiReports = new HashSet<>(http().as("field.mopti", passwordOf("field.mopti"))
                .get("/api/v1/hazard-reports?limit=10000").json().findValuesAsString("reference"));
        TestHttp field = http().signIn("field.mopti", passwordOf("field.mopti"));

        List<String> listed = Pattern.compile("/hazard-reports/(HR-\\d{6})").matcher(field.get("/hazard-reports").body()).results()
                .map(match -> match.group(1)).toList();

        assertThat(listed).isNotEmpty().allMatch(moptiReports::contains).doesNotContain(gao);
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/hazard-reports").body()).contains(gao);
        assertThat(field.get("/hazard-reports/" + gao).status()).isEqualTo(404);
    }
}
