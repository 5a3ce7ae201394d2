package org.balise.arms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Facilities and assessments over the API: who may see what, levels computed, refusals with nothing stored. */
class FacilityIntegrationTests extends IntegrationTest {

    private TestHttp amd() {
        return http().as("amd.officer", passwordOf("amd.officer"));
    }

    private TestHttp as(String user) {
        return http().as(user, passwordOf(user));
    }

    private long institution(String acronym) {
        for (JsonNode institution : http().as("admin", ADMIN_PASSWORD).get("/api/v1/institutions").json().path("items")) {
            if (acronym.equals(institution.path("acronym").asString())) {
                return institution.path("id").asLong();
            }
        }
        throw new AssertionError("no institution " + acronym);
    }

    private String facility(long institution, String type) {
        return """
                {"name":"Dépôt test Ségou","type":"%s","institutionId":%d,"unit":"5e région militaire",
                 "location":{"lat":13.4317,"lon":-6.2157},"weaponCapacity":120,"neqCapacityKg":4000,
                 "buildings":[{"name":"Magasin 1","role":"EXPLOSIVE_STOREHOUSE","lat":13.4327,"lon":-6.2157},
                              {"name":"Poste de garde","role":"GUARD_HOUSE","lat":13.4313,"lon":-6.2157}]}"""
                .formatted(type, institution);
    }

    private long count() {
        return amd().get("/api/v1/facilities").json().path("total").asLong();
    }

    /** Every question that applies to a depot, YES except the listed codes answered NO. */
    private String answers(String facilityType, List<String> no) {
        JsonNode template = amd().get("/api/v1/assessment-templates").json().get(0);
        List<String> answers = new ArrayList<>();
        for (JsonNode section : template.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                String scope = question.path("appliesTo").asString();
                boolean applies = scope.equals("BOTH") || (facilityType.equals("AMMUNITION_DEPOT") ? scope.equals("AMMUNITION") : true);
                if (applies) {
                    String code = question.path("code").asString();
                    answers.add("{\"questionCode\":\"%s\",\"answer\":\"%s\"}".formatted(code, no.contains(code) ? "NO" : "YES"));
                }
            }
        }
        return "{\"assessedOn\":\"%s\",\"assessor\":\"Équipe PSSM 1\",\"answers\":[%s]}".formatted(LocalDate.now().minusDays(3),
                String.join(",", answers));
    }

    @Test
    void anAmdOfficerRegistersAFacilityAndItsAssessmentReachesTheLevelItsAnswersEarn() {
        TestHttp.Response created = amd().postJson("/api/v1/facilities", facility(institution("FAMa"), "AMMUNITION_DEPOT"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().path("reference").asString();
        assertThat(created.json().path("adm1Pcode").asString()).isEqualTo("ML04");
        assertThat(created.json().path("buildings")).hasSize(2);

        TestHttp.Response all = amd().postJson("/api/v1/facilities/" + reference + "/assessments", answers("AMMUNITION_DEPOT", List.of()));
        assertThat(all.status()).as(all.body()).isEqualTo(201);
        assertThat(all.json().path("levelReached").asInt()).isEqualTo(3);

        // LPS-1 is a critical level 2 question: level 2 fails whatever the score, so level 3 cannot count.
        JsonNode failing = amd().postJson("/api/v1/facilities/" + reference + "/assessments",
                answers("AMMUNITION_DEPOT", List.of("LPS-1"))).json();
        assertThat(failing.path("levelReached").asInt()).isEqualTo(1);
        assertThat(failing.path("levels").get(1).path("failedCritical").get(0).asString()).isEqualTo("LPS-1");
        assertThat(failing.path("failing").get(0).path("questionCode").asString()).isEqualTo("LPS-1");

        JsonNode compared = amd().get("/api/v1/facilities/" + reference + "/assessments/compare?a="
                + failing.path("reference").asString() + "&b=" + all.json().path("reference").asString()).json();
        assertThat(compared.path("changes")).hasSize(1);
        assertThat(compared.path("changes").get(0).path("questionCode").asString()).isEqualTo("LPS-1");
        assertThat(amd().get("/api/v1/facilities/" + reference).json().path("levelReached").asInt()).isEqualTo(1);
    }

    @Test
    void everyOtherRoleIsRefusedAndAnAuthoritySeesOnlyItsInstitution() {
        String reference = amd().postJson("/api/v1/facilities", facility(institution("FAMa"), "ARMOURY")).json().path("reference").asString();
        for (String role : new String[] {"im.officer", "analyst", "field.mopti"}) {
            assertThat(as(role).get("/api/v1/facilities").status()).as(role).isEqualTo(403);
            assertThat(as(role).get("/api/v1/facilities/" + reference).status()).as(role).isEqualTo(403);
            assertThat(as(role).get("/api/v1/facilities/" + reference + "/assessments").status()).as(role).isEqualTo(403);
            assertThat(as(role).postJson("/api/v1/facilities", facility(institution("FAMa"), "ARMOURY")).status()).as(role).isEqualTo(403);
        }
        assertThat(http().get("/api/v1/facilities").status()).isEqualTo(401);

        JsonNode seen = as("authority").get("/api/v1/facilities").json();
        assertThat(seen.path("total").asInt()).isPositive();
        assertThat(seen.path("items").findValuesAsString("institutionName")).containsOnly(
                "Commission nationale de lutte contre la prolifération des armes légères");
        assertThat(as("authority").get("/api/v1/facilities/" + reference).status()).isEqualTo(404);
        assertThat(as("authority").postJson("/api/v1/facilities", facility(institution("CNLPAL"), "ARMOURY")).status()).isEqualTo(403);

        JsonNode reads = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=FACILITY_READ&limit=10000").json();
        amd().get("/api/v1/facilities/" + reference);
        JsonNode after = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=FACILITY_READ&limit=10000").json();
        assertThat(after.path("total").asInt()).isEqualTo(reads.path("total").asInt() + 1);
    }

    @Test
    void refusesBadFacilitiesAndStoresNothing() {
        long fama = institution("FAMa");
        long before = count();
        String good = facility(fama, "MIXED");
        String[] refused = {
            good.replace("Dépôt test Ségou", ""),
            good.replace("\"MIXED\"", "\"BUNKER\""),
            good.replace("\"institutionId\":" + fama, "\"institutionId\":999999"),
            good.replace("13.4317", "48.85"),
            good.replace("\"lat\":13.4317,", ""),
            good.replace("120", "-5"),
            good.replace("4000", "-1"),
            good.replace("EXPLOSIVE_STOREHOUSE", "CASTLE"),
            good.replace("\"lat\":13.4327", "\"lat\":14.4327"),
            "{}"};
        for (String body : refused) {
            TestHttp.Response answer = amd().postJson("/api/v1/facilities", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesBadAssessmentsAndStoresNothing() {
        String reference = amd().postJson("/api/v1/facilities", facility(institution("GN"), "AMMUNITION_DEPOT")).json()
                .path("reference").asString();
        String good = answers("AMMUNITION_DEPOT", List.of());
        String[] refused = {
            good.replace(LocalDate.now().minusDays(3).toString(), LocalDate.now().plusDays(3).toString()),
            good.replace(LocalDate.now().minusDays(3).toString(), "hier"),
            good.replace("\"assessor\":\"Équipe PSSM 1\",", ""),
            good.replace("{\"questionCode\":\"PER-1\",\"answer\":\"YES\"},", ""),
            good.replace("\"PER-1\",\"answer\":\"YES\"", "\"PER-1\",\"answer\":\"MAYBE\""),
            good.replace("\"PER-1\",\"answer\":\"YES\"", "\"PER-1\",\"answer\":\"NOT_APPLICABLE\""),
            good.replace("\"PER-1\"", "\"XYZ-9\""),
            good.replace("{\"questionCode\":\"PER-2\"", "{\"questionCode\":\"PER-1\",\"answer\":\"YES\"},{\"questionCode\":\"PER-2\""),
            good.replace("\"assessor\"", "\"templateVersion\":\"1999.1\",\"assessor\"")};
        for (String body : refused) {
            TestHttp.Response answer = amd().postJson("/api/v1/facilities/" + reference + "/assessments", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(amd().postJson("/api/v1/facilities/FAC-9999/assessments", good).status()).isEqualTo(404);
        assertThat(amd().get("/api/v1/facilities/" + reference + "/assessments").json()).isEmpty();
    }

    @Test
    void pagesAreForAmdOfficersAndTheAuthorityAndARefusedAssessmentFormStoresNothing() {
        String reference = amd().postJson("/api/v1/facilities", facility(institution("FAMa"), "ARMOURY")).json().path("reference").asString();
        for (String role : new String[] {"im.officer", "analyst", "field.mopti"}) {
            TestHttp page = http().signIn(role, passwordOf(role));
            assertThat(page.get("/arms/facilities").status()).as(role).isEqualTo(403);
            assertThat(page.get("/arms/facilities/" + reference).status()).as(role).isEqualTo(403);
            assertThat(page.get("/").body()).as(role).doesNotContain("/arms/facilities");
        }
        TestHttp authority = http().signIn("authority", passwordOf("authority"));
        assertThat(authority.get("/arms/facilities").body()).contains("CNLPAL").doesNotContain(reference);
        assertThat(authority.get("/arms/facilities/" + reference).status()).isEqualTo(404);
        assertThat(authority.get("/arms/facilities/" + reference + "/assessments/new").status()).isEqualTo(403);

        TestHttp officer = http().signIn("amd.officer", passwordOf("amd.officer"));
        String csrf = TestHttp.csrfFrom(officer.get("/arms/facilities/" + reference + "/assessments/new"));
        TestHttp.Response refused = officer.postForm("/arms/facilities/" + reference + "/assessments", java.util.Map.of("_csrf", csrf,
                "assessedOn", LocalDate.now().toString(), "assessor", "Équipe 3", "answer.PER-1", "YES"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"problem\"", "DOR-1");
        assertThat(amd().get("/api/v1/facilities/" + reference + "/assessments").json()).isEmpty();
    }

    @Test
    void failingQuestionsBecomePlanItemsOnceAndTheProgrammeCountsTheirCost() {
        String reference = amd().postJson("/api/v1/facilities", facility(institution("GNM"), "AMMUNITION_DEPOT")).json()
                .path("reference").asString();
        String assessment = amd().postJson("/api/v1/facilities/" + reference + "/assessments",
                answers("AMMUNITION_DEPOT", List.of("LPS-1", "RCK-3", "TRN-1"))).json().path("reference").asString();
        String raisePath = "/api/v1/facilities/" + reference + "/assessments/" + assessment + "/plan-items";

        TestHttp.Response raised = amd().postJson(raisePath, "");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().findValuesAsString("questionCode")).containsExactlyInAnyOrder("LPS-1", "RCK-3", "TRN-1");
        assertThat(raised.json().findValuesAsString("kind")).containsExactlyInAnyOrder("CONSTRUCTION", "EQUIPMENT", "TRAINING");
        assertThat(amd().postJson(raisePath, "").json()).as("raised once").isEmpty();

        long lightning = 0;
        for (JsonNode item : raised.json()) {
            if (item.path("questionCode").asString().equals("LPS-1")) {
                lightning = item.path("id").asLong();
            }
        }
        assertThat(amd().putJson("/api/v1/plan-items/" + lightning, "{\"costUsd\":12500.5,\"status\":\"IN_PROGRESS\"}").status())
                .isEqualTo(200);
        JsonNode done = amd().putJson("/api/v1/plan-items/" + lightning, "{\"status\":\"DONE\"}").json();
        assertThat(done.path("doneOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(amd().putJson("/api/v1/plan-items/" + lightning, "{\"status\":\"PLANNED\"}").status()).isEqualTo(409);

        JsonNode programme = amd().get("/api/v1/arms/programme").json();
        JsonNode row = null;
        for (JsonNode facility : programme) {
            if (facility.path("reference").asString().equals(reference)) {
                row = facility;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("done").asInt()).isEqualTo(1);
        assertThat(row.path("planned").asInt()).isEqualTo(2);
        assertThat(row.path("costDoneUsd").decimalValue()).isEqualByComparingTo("12500.50");
        assertThat(row.path("latestLevel").asInt()).isEqualTo(1);
    }

    @Test
    void refusesBadPlanChangesAndChangesNothing() {
        String reference = amd().postJson("/api/v1/facilities", facility(institution("PN"), "ARMOURY")).json().path("reference").asString();
        String assessment = amd().postJson("/api/v1/facilities/" + reference + "/assessments", answers("ARMOURY", List.of("TRN-2")))
                .json().path("reference").asString();
        long id = amd().postJson("/api/v1/facilities/" + reference + "/assessments/" + assessment + "/plan-items", "").json()
                .get(0).path("id").asLong();
        String[] refused = {"{\"costUsd\":-1}", "{\"costUsd\":2e12}", "{\"status\":\"FINISHED\"}",
            "{\"plannedOn\":\"demain\"}", "{\"status\":\"DONE\",\"doneOn\":\"" + LocalDate.now().plusDays(2) + "\"}",
            "{\"doneOn\":\"" + LocalDate.now() + "\"}", "{\"description\":\"\"}"};
        for (String body : refused) {
            assertThat(amd().putJson("/api/v1/plan-items/" + id, body).status()).as(body).isEqualTo(400);
        }
        assertThat(as("authority").putJson("/api/v1/plan-items/" + id, "{\"status\":\"DONE\"}").status()).isEqualTo(403);
        assertThat(as("im.officer").get("/api/v1/arms/programme").status()).isEqualTo(403);
        JsonNode unchanged = amd().get("/api/v1/facilities/" + reference + "/plan-items").json().get(0);
        assertThat(unchanged.path("status").asString()).isEqualTo("PLANNED");
        assertThat(unchanged.path("costUsd").isNull()).isTrue();
    }

    @Test
    void anAmdOfficerRegistersAFacilityFromThePageAndABadOneStoresNothing() {
        TestHttp officer = http().signIn("amd.officer", passwordOf("amd.officer"));
        String csrf = TestHttp.csrfFrom(officer.get("/arms/facilities/new"));
        long before = count();
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("_csrf", csrf, "name", "Armurerie de Kati",
                "type", "ARMOURY", "status", "OPERATIONAL", "institutionId", String.valueOf(institution("FAMa")), "lat", "12.744",
                "lon", "-8.074", "building0.name", "Magasin", "building0.role", "OTHER", "building0.lat", "12.7442"));
        form.put("building0.lon", "-8.074");
        form.put("weaponCapacity", "-3");

        TestHttp.Response refused = officer.postForm("/arms/facilities", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"problem\"", "weaponCapacity", "Armurerie de Kati");
        assertThat(count()).isEqualTo(before);

        form.put("weaponCapacity", "250");
        TestHttp.Response created = officer.postForm("/arms/facilities", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(officer.get(created.header("Location").replaceFirst("^https?://[^/]+", "")).body()).contains("Armurerie de Kati", "Magasin");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(http().signIn("authority", passwordOf("authority")).get("/arms/facilities/new").status()).isEqualTo(403);
    }
}
