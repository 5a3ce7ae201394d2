package org.balise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditIntegrationTests extends IntegrationTest {

    private TestHttp admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    @Test
    void recordsWhoChangedWhichFieldsWithBeforeAndAfterValues() {
        String username = "audited-" + System.nanoTime() % 1_000_000_000L;
        long id = admin().postJson("/api/v1/users", """
                {"username":"%s","displayName":"Awa Coulibaly","password":"a-long-enough-password","roles":["ANALYST"]}"""
                .formatted(username)).json().path("id").asLong();
        admin().putJson("/api/v1/users/" + id, """
                {"displayName":"Awa Diarra","roles":["IM_OFFICER"],"regions":["ML05"],"enabled":true}""");

        JsonNode events = admin().get("/api/v1/audit-events?entityType=user&entityId=" + id).json();

        assertThat(events.path("total").asInt()).isEqualTo(2);
        JsonNode update = events.path("items").get(0);
        assertThat(update.path("action").asString()).isEqualTo("USER_UPDATED");
        assertThat(update.path("actor").asString()).isEqualTo("admin");
        assertThat(update.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        JsonNode roles = update.path("changes").valueStream()
                .filter(change -> change.path("field").asString().equals("roles")).findFirst().orElseThrow();
        assertThat(roles.path("before").asString()).isEqualTo("ANALYST");
        assertThat(roles.path("after").asString()).isEqualTo("IM_OFFICER");
    }

    @Test
    void keepsNoValueOfPersonalFieldsOrPasswords() {
        String username = "private-" + System.nanoTime() % 1_000_000_000L;
        long id = admin().postJson("/api/v1/users", """
                {"username":"%s","displayName":"Fatoumata Sidibé","password":"a-secret-password-123","roles":["ANALYST"]}"""
                .formatted(username)).json().path("id").asLong();
        admin().postJson("/api/v1/users/" + id + "/password", "{\"password\":\"another-secret-password\"}");

        String log = admin().get("/api/v1/audit-events?entityType=user&entityId=" + id).body();

        assertThat(log).contains("displayName", "password", "PASSWORD_RESET");
        assertThat(log).doesNotContain("Fatoumata", "Sidibé", "a-secret-password-123", "another-secret-password");
    }

    @Test
    void recordsSignIns() {
        TestHttp signedIn = http().signIn("analyst", passwordOf("analyst"));
        assertThat(signedIn.get("/").status()).isEqualTo(200);

        JsonNode events = admin().get("/api/v1/audit-events?action=SIGN_IN&actor=analyst").json();

        assertThat(events.path("total").asInt()).isPositive();
    }

    @Test
    void theLogHasNoWayToChangeOrDeleteEntries() {
        JsonNode first = admin().get("/api/v1/audit-events?limit=1").json().path("items").get(0);

        assertThat(admin().delete("/api/v1/audit-events").status()).isEqualTo(405);
        assertThat(admin().putJson("/api/v1/audit-events", "{}").status()).isEqualTo(405);
        assertThat(admin().get("/api/v1/audit-events?entityId=" + first.path("entityId").asString()).body())
                .contains("\"id\":" + first.path("id").asLong());
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThat(http().as("im.officer", passwordOf("im.officer")).get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(http().signIn("analyst", passwordOf("analyst")).get("/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void theAuditPageSearchesByAction() {
        TestHttp admin = http().signIn("admin", ADMIN_PASSWORD);

        var page = admin.get("/admin/audit?action=GAZETTEER_LOADED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("GAZETTEER_LOADED", "cod-2015").doesNotContain("USER_CREATED</code>");
    }

    @Test
    void refusesAMalformedDateFilter() {
        assertThat(admin().get("/api/v1/audit-events?from=yesterday").status()).isEqualTo(400);
    }
}
