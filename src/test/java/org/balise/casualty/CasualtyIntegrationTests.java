package org.balise.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CasualtyIntegrationTests extends IntegrationTest {

    private static final String ACCIDENT = """
            {"date":"2026-02-14","location":{"lat":14.49,"lon":-4.19},"deviceCategory":"IMPROVISED_MINE",
             "victims":[{"sex":"FEMALE","age":12,"group":"CIVILIAN","outcome":"INJURED","activity":"COLLECTING_WOOD_OR_WATER",
                         "referredToAssistance":true,"name":"Kadiatou Guindo","phone":"+223 76 12 34 56","dateOfBirth":"2014-01-03"},
                        {"sex":"MALE","age":34,"group":"CIVILIAN","outcome":"KILLED","activity":"TRAVELLING","name":"Hamadoun Dicko"}]}""";

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    @Test
    void anImOfficerRecordsAnAccidentAndSeesThePersonalData() {
        var created = im().postJson("/api/v1/accidents", ACCIDENT);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode accident = created.json();
        assertThat(accident.path("reference").asString()).matches("AC-\\d{6}");
        assertThat(accident.path("adm1Pcode").asString()).isEqualTo("ML05");
        assertThat(accident.path("killed").asInt()).isEqualTo(1);
        assertThat(accident.path("injured").asInt()).isEqualTo(1);
        assertThat(accident.path("victims").get(0).path("ageGroup").asString()).isEqualTo("CHILD");
        assertThat(im().get("/api/v1/accidents/" + accident.path("reference").asString()).body()).contains("Kadiatou Guindo");
    }

    @Test
    void otherRolesSeeNoPersonalFieldsAtAll() {
        String reference = im().postJson("/api/v1/accidents", ACCIDENT).json().path("reference").asString();

        for (String username : new String[] {"analyst", "amd.officer", "authority"}) {
            var response = http().as(username, passwordOf(username)).get("/api/v1/accidents/" + reference);
            assertThat(response.status()).isEqualTo(200);
            JsonNode victim = response.json().path("victims").get(0);
            assertThat(victim.has("name")).as(username).isFalse();
            assertThat(victim.has("phone")).isFalse();
            assertThat(victim.has("dateOfBirth")).isFalse();
            assertThat(victim.path("sex").asString()).isEqualTo("FEMALE");
            assertThat(http().as(username, passwordOf(username)).get("/api/v1/accidents?limit=10000").body())
                    .doesNotContain("Kadiatou", "+223 76");
        }
    }

    @Test
    void everyReadOfPersonalDataIsAudited() {
        String reference = im().postJson("/api/v1/accidents", ACCIDENT).json().path("reference").asString();
        im().get("/api/v1/accidents/" + reference);

        String log = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=PERSONAL_DATA_READ&entityId=" + reference).body();

        assertThat(log).contains("im.officer");
        assertThat(http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?entityId=" + reference).body())
                .doesNotContain("Kadiatou", "Guindo", "+223");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"MAIMED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"sex\":\"F\"}]}",
            "{\"date\":\"2099-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"14/02/2026\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":48.85,\"lon\":2.35},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":-4.19,\"lon\":14.49},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"deviceCategory\":\"NUKE\",\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\",\"age\":300}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\",\"phone\":\"<script>\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"hazardAreaReference\":\"'; DROP TABLE cas_accident; --\",\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":\"north\",\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\"}]}",
            "{\"date\":\"2026-02-14\",\"location\":{\"lat\":14.49,\"lon\":-4.19},\"victims\":[{\"outcome\":\"KILLED\",\"age\":\"old\"}]}"})
    void refusesBadAccidentsAndStoresNothing(String body) {
        long before = im().get("/api/v1/accidents?limit=1").json().path("total").asLong();

        var response = im().postJson("/api/v1/accidents", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(im().get("/api/v1/accidents?limit=1").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void swappedCoordinatesAreNamedAsSuch() {
        var response = im().postJson("/api/v1/accidents",
                "{\"date\":\"2026-02-14\",\"location\":{\"lat\":-4.19,\"lon\":14.49},\"victims\":[{\"outcome\":\"KILLED\"}]}");

        assertThat(response.json().path("errors").get(0).path("message").asString()).contains("swapped");
    }

    @Test
    void onlyImOfficersAndAdminsRecordAccidents() {
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/accidents", ACCIDENT).status()).isEqualTo(403);
        assertThat(http().as("field.mopti", passwordOf("field.mopti")).postJson("/api/v1/accidents", ACCIDENT).status()).isEqualTo(403);
    }

    @Test
    void countsCasualtiesBySexAndAgeGroup() {
        JsonNode before = im().get("/api/v1/accidents/figures?by=age-group").json();
        im().postJson("/api/v1/accidents", ACCIDENT);

        JsonNode after = im().get("/api/v1/accidents/figures?by=age-group").json();

        assertThat(count(after, "CHILD", "injured") - count(before, "CHILD", "injured")).isEqualTo(1);
        assertThat(count(after, "ADULT", "killed") - count(before, "ADULT", "killed")).isEqualTo(1);
        assertThat(im().get("/api/v1/accidents/figures?by=year").json().path("items").size()).isPositive();
        assertThat(im().get("/api/v1/accidents/figures?by=shoe-size").status()).isEqualTo(400);
    }

    @Test
    void anImOfficerCorrectsAnAccident() {
        String reference = im().postJson("/api/v1/accidents", ACCIDENT).json().path("reference").asString();

        var corrected = im().putJson("/api/v1/accidents/" + reference, """
                {"date":"2026-02-13","location":{"lat":14.49,"lon":-4.19},"deviceCategory":"UXO",
                 "victims":[{"sex":"FEMALE","age":12,"outcome":"INJURED"}]}""");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("reference").asString()).isEqualTo(reference);
        assertThat(corrected.json().path("victims").size()).isEqualTo(1);
        assertThat(corrected.json().path("deviceCategory").asString()).isEqualTo("UXO");
        assertThat(im().putJson("/api/v1/accidents/" + reference, "{\"date\":\"bad\"}").status()).isEqualTo(400);
        assertThat(im().get("/api/v1/accidents/" + reference).json().path("date").asString()).isEqualTo("2026-02-13");
        assertThat(http().as("analyst", passwordOf("analyst")).putJson("/api/v1/accidents/" + reference, ACCIDENT).status()).isEqualTo(403);
    }

    @Test
    void anUnknownAccidentIsNotFound() {
        assertThat(im().get("/api/v1/accidents/AC-999999").status()).isEqualTo(404);
    }

    private static long count(JsonNode figures, String group, String field) {
        return figures.path("items").valueStream().filter(item -> item.path("group").asString().equals(group))
                .mapToLong(item -> item.path(field).asLong()).sum();
    }
}
