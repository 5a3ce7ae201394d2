package org.balise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Risk education sessions over the API: the sum rule, refusals that store nothing, reach and targets. */
class EducationIntegrationTests extends IntegrationTest {

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private static String session(String date, double lat, double lon, int girls, int boys, int women, int men, int disabled,
            String attendance, boolean repeat, String group) {
        return """
                {"date":"%s","location":{"lat":%s,"lon":%s},"team":"Équipe EREE 1","method":"GROUP_SESSION",
                 "audience":"INTERNALLY_DISPLACED","language":"Fulfulde","messages":["DO_NOT_TOUCH","MARK_AND_REPORT"],
                 "beneficiaries":{"girls":%d,"boys":%d,"women":%d,"men":%d,"disabled":%d}%s,
                 "repeatSession":%s%s}""".formatted(date, lat, lon, girls, boys, women, men, disabled,
                attendance == null ? "" : ",\"attendance\":" + attendance, repeat, group == null ? "" : ",\"groupName\":\"" + group + "\"");
    }

    private long total() {
        return im().get("/api/v1/eore-sessions?limit=1").json().path("total").asLong();
    }

    @Test
    void recordsASessionWithItsAttendanceAndPlace() {
        TestHttp.Response created = im().postJson("/api/v1/eore-sessions",
                session("2026-10-05", 14.4936, -4.1942, 12, 10, 25, 18, 3, null, false, null));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.path("reference").asString()).matches("ES-\\d{6}");
        assertThat(json.path("attendance").asInt()).isEqualTo(65);
        assertThat(json.path("beneficiaries").path("disabled").asInt()).isEqualTo(3);
        assertThat(json.path("location").path("adm1Pcode").asString()).isEqualTo("ML05");
        assertThat(im().get("/api/v1/eore-sessions/" + json.path("reference").asString()).status()).isEqualTo(200);
    }

    @Test
    void refusesBadSessionsAndStoresNothing() {
        long before = total();
        String[] refused = {
            session("2026-10-05", 14.49, -4.19, 12, 10, 25, 18, 3, "70", false, null),
            session("2026-10-05", 14.49, -4.19, -1, 10, 25, 18, 0, null, false, null),
            session("2026-10-05", 14.49, -4.19, 1, 1, 1, 1, 9, null, false, null),
            session(LocalDate.now().plusDays(3).toString(), 14.49, -4.19, 1, 1, 1, 1, 0, null, false, null),
            session("2026-10-05", 48.85, 2.35, 1, 1, 1, 1, 0, null, false, null),
            session("2026-10-05", -4.19, 14.49, 1, 1, 1, 1, 0, null, false, null),
            session("2026-10-05", 14.49, -4.19, 1, 1, 1, 1, 0, null, true, null),
            "{\"date\":\"2026-10-05\"",
            "[]"};
        for (String body : refused) {
            TestHttp.Response answer = im().postJson("/api/v1/eore-sessions", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theDemoDataHasAYearOfSessionsAndTargets() {
        assertThat(total()).isGreaterThanOrEqualTo(120);
        JsonNode mopti = im().get("/api/v1/eore-targets?year=" + LocalDate.now().getYear()).json().valueStream()
                .filter(row -> row.path("adm1Pcode").asString().equals("ML05") && row.path("quarter").asInt() == 1)
                .findFirst().orElseThrow();
        assertThat(mopti.path("target").path("women").asInt()).isEqualTo(400);
        assertThat(im().get("/api/v1/eore-sessions/figures?by=region").json().findValuesAsString("key")).contains("ML05", "ML04");
    }

    @Test
    void aUserScopedToARegionReadsOnlyItsSessionsFiguresAndTargets() {
        String kayes = im().postJson("/api/v1/eore-sessions", session(LocalDate.now().toString(), 14.4469, -11.4456, 5, 5, 5, 5, 0,
                null, false, null)).json().path("reference").asString();
        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));
        TestHttp analyst = http().as("analyst", passwordOf("analyst"));

        JsonNode scoped = field.get("/api/v1/eore-sessions?limit=10000").json();
        JsonNode all = analyst.get("/api/v1/eore-sessions?limit=10000").json();
        assertThat(scoped.path("items").valueStream().map(s -> s.path("location").path("adm1Pcode").asString()))
                .isNotEmpty().containsOnly("ML05");
        long total = scoped.path("total").asLong();
        assertThat(total).isEqualTo(scoped.path("items").size()).isLessThan(all.path("total").asLong());
        assertThat(field.get("/api/v1/eore-sessions/" + kayes).status()).isEqualTo(404);
        assertThat(analyst.get("/api/v1/eore-sessions/" + kayes).status()).isEqualTo(200);

        assertThat(field.get("/api/v1/eore-sessions/figures?by=region").json().findValuesAsString("key")).containsExactly("ML05");
        for (String by : new String[] {"month", "audience", "method"}) {
            assertThat(field.get("/api/v1/eore-sessions/figures?by=" + by).json().valueStream().mapToLong(f -> f.path("sessions").asLong())
                    .sum()).as(by).isEqualTo(total);
        }
        String year = "?year=" + LocalDate.now().getYear();
        assertThat(field.get("/api/v1/eore-targets" + year).json().findValuesAsString("adm1Pcode")).isNotEmpty().containsOnly("ML05");
        assertThat(analyst.get("/api/v1/eore-targets" + year).json().findValuesAsString("adm1Pcode")).contains("ML01", "ML05");

        JsonNode exported = field.get("/api/v1/eore-sessions/export?format=geojson").json();
        assertThat(exported.path("features").valueStream().map(f -> f.path("properties").path("adm1Code").asString()))
                .hasSize((int) total).containsOnly("ML05");
        assertThat(field.get("/api/v1/eore-sessions/export?format=hxl").body()).doesNotContain(kayes);
        assertThat(analyst.get("/api/v1/eore-sessions/export?format=hxl").body()).contains(kayes);
    }

    @Test
    void onlyImOfficersRecordSessionsButEveryRoleReadsThem() {
        String body = session("2026-10-05", 14.49, -4.19, 1, 1, 1, 1, 0, null, false, null);
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/eore-sessions", body).status()).isEqualTo(403);
        assertThat(http().as("field.mopti", passwordOf("field.mopti")).postJson("/api/v1/eore-sessions", body).status()).isEqualTo(403);
        assertThat(http().as("analyst", passwordOf("analyst")).get("/api/v1/eore-sessions").status()).isEqualTo(200);
        assertThat(http().get("/api/v1/eore-sessions").status()).isEqualTo(401);
    }

    /**
     * Hand-worked: Kayes (ML01), 2025 Q2 target 100 girls, 100 boys, 150 women, 150 men = 500. Sessions in April (40 +
     * 30 + 60 + 50 = 180) and June (20 + 20 + 30 + 30 = 100), and a repeat of the April group (180 again, not counted):
     * achieved 280 = 60 girls, 50 boys, 90 women, 80 men, 56 %.
     */
    @Test
    void targetsAgainstAchievedCountARepeatedGroupOnce() {
        assertThat(im().putJson("/api/v1/eore-targets",
                "{\"adm1Pcode\":\"ML01\",\"year\":2025,\"quarter\":2,\"girls\":100,\"boys\":100,\"women\":150,\"men\":150}")
                .status()).isEqualTo(200);
        String kayes = "14.4469, -11.4456";
        double lat = 14.4469;
        double lon = -11.4456;
        assertThat(im().postJson("/api/v1/eore-sessions", session("2025-04-10", lat, lon, 40, 30, 60, 50, 2, "180", false, "Kayes N'Di A"))
                .status()).as(kayes).isEqualTo(201);
        assertThat(im().postJson("/api/v1/eore-sessions", session("2025-06-02", lat, lon, 20, 20, 30, 30, 0, null, false, null))
                .status()).isEqualTo(201);
        assertThat(im().postJson("/api/v1/eore-sessions", session("2025-05-15", lat, lon, 40, 30, 60, 50, 2, null, true, "Kayes N'Di A"))
                .status()).isEqualTo(201);

        JsonNode q2 = im().get("/api/v1/eore-targets?year=2025").json().valueStream()
                .filter(row -> row.path("adm1Pcode").asString().equals("ML01") && row.path("quarter").asInt() == 2)
                .findFirst().orElseThrow();

        assertThat(q2.path("target").path("girls").asInt()).isEqualTo(100);
        assertThat(q2.path("achieved").path("girls").asInt()).isEqualTo(60);
        assertThat(q2.path("achieved").path("boys").asInt()).isEqualTo(50);
        assertThat(q2.path("achieved").path("women").asInt()).isEqualTo(90);
        assertThat(q2.path("achieved").path("men").asInt()).isEqualTo(80);
        assertThat(q2.path("percent").asInt()).isEqualTo(56);
        JsonNode may = im().get("/api/v1/eore-sessions/figures?by=month").json().valueStream()
                .filter(row -> row.path("key").asString().equals("202505")).findFirst().orElseThrow();
        assertThat(may.path("sessions").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(im().get("/api/v1/eore-sessions/figures?by=colour").status()).isEqualTo(400);
        assertThat(im().putJson("/api/v1/eore-targets", "{\"adm1Pcode\":\"ML99\",\"year\":2025,\"quarter\":5,\"girls\":-1}").status())
                .isEqualTo(400);
    }
}
