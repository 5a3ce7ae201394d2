package org.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.balise.identity.internal.SignInThrottle;
import org.balise.identity.internal.SignInThrottledException;
import org.balise.shared.StartupTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class IdentityIntegrationTests extends IntegrationTest {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    List<StartupTask> startupTasks;

    private TestHttp admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void startingAgainWithDemoDataChangesNoPasswordAndAddsNoUser() {
        String username = unique("changed-");
        long id = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"first-password-1","roles":["ANALYST"]}""".formatted(username)).json().path("id").asLong();
        admin().postJson("/api/v1/users/" + id + "/password", "{\"password\":\"changed-password-2\"}");
        int before = admin().get("/api/v1/users").json().path("total").asInt();

        startupTasks.forEach(StartupTask::run);

        assertThat(admin().get("/api/v1/users").json().path("total").asInt()).isEqualTo(before);
        assertThat(http().as("admin", ADMIN_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(http().as("analyst", passwordOf("analyst")).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(http().as(username, "changed-password-2").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        String username = unique("analyst-");
        var created = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","roles":["ANALYST"],"regions":["ML04"]}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("roles").get(0).asString()).isEqualTo("ANALYST");
        assertThat(created.body()).doesNotContain("password");
        JsonNode me = http().as(username, "a-long-enough-password").get("/api/v1/me").json();
        assertThat(me.path("username").asString()).isEqualTo(username);
        assertThat(me.path("regions").get(0).asString()).isEqualTo("ML04");
        assertThat(me.path("regionsGazetteer").asString()).isEqualTo("cod-2015");
    }

    @Test
    void refusesAWeakPasswordAnUnknownRoleAndAnUnknownRegionAllAtOnce() {
        String username = unique("refused-");
        var response = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"short","roles":["ANALYST","BOSS"],"regions":["ML99"]}""".formatted(username));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("code").asString()))
                .containsExactlyInAnyOrder("weak-password", "unknown-role", "unknown-region");
        assertThat(admin().get("/api/v1/users?limit=10000").body()).doesNotContain(username);
    }

    @Test
    void refusesAnAuthorityUserWithoutInstitution() {
        var response = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","roles":["AUTHORITY"]}""".formatted(unique("auth-")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("code").asString()).isEqualTo("missing-institution");
    }

    @Test
    void refusesATakenUsernameWithConflict() {
        var response = admin().postJson("/api/v1/users", """
                {"username":"analyst","password":"a-long-enough-password","roles":["ANALYST"]}""");

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void refusesMalformedJson() {
        var response = admin().postJson("/api/v1/users", "{\"username\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/malformed-request");
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        for (String username : new String[] {"im.officer", "amd.officer", "field.mopti", "authority", "analyst"}) {
            var response = http().as(username, passwordOf(username)).postJson("/api/v1/users", """
                    {"username":"%s","password":"a-long-enough-password","roles":["ADMIN"]}""".formatted(unique("x")));
            assertThat(response.status()).as(username).isEqualTo(403);
            assertThat(http().as(username, passwordOf(username)).get("/api/v1/users").status()).isEqualTo(403);
        }
    }

    @Test
    void answersUnauthenticatedRequestsWithProblemJson() {
        var none = http().get("/api/v1/users");
        var wrong = http().as("admin", "not-the-password").get("/api/v1/me");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void listsUsersWithTotalAndPaging() {
        JsonNode page = admin().get("/api/v1/users?limit=2&offset=1").json();

        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(admin().get("/api/v1/users?limit=0").status()).isEqualTo(400);
    }

    @Test
    void meShowsRolesRegionsAndInstitution() {
        JsonNode field = http().as("field.mopti", passwordOf("field.mopti")).get("/api/v1/me").json();
        JsonNode authority = http().as("authority", passwordOf("authority")).get("/api/v1/me").json();

        assertThat(field.path("roles").get(0).asString()).isEqualTo("FIELD_TEAM");
        assertThat(field.path("regions").get(0).asString()).isEqualTo("ML05");
        assertThat(authority.path("institutionName").asString()).contains("armes légères");
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresFromOneAddressEvenWithTheRightPassword() {
        String username = unique("victim-");
        admin().postJson("/api/v1/users", """
                {"username":"%s","password":"the-right-password","roles":["ANALYST"]}""".formatted(username));
        for (int i = 0; i < 5; i++) {
            assertThat(http().as(username, "a-wrong-password").get("/api/v1/me").status()).isEqualTo(401);
        }

        var refused = http().as(username, "the-right-password").get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/sign-in-throttled");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(admin().get("/api/v1/audit-events?entityId=" + username).body())
                .contains("SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
    }

    @Test
    void throttlingOneAddressLeavesOtherAddressesFree() {
        String username = unique("admin-like-");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username, "203.0.113.7");
        }

        assertThatThrownBy(() -> throttle.checkAllowed(username, "203.0.113.7")).isInstanceOf(SignInThrottledException.class);
        throttle.checkAllowed(username, "198.51.100.20");
    }

    @Test
    void aPersonalApiTokenAuthenticatesUntilRevoked() {
        var created = http().as("im.officer", passwordOf("im.officer")).postJson("/api/v1/me/tokens", "{\"label\":\"export script\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asString();
        long id = created.json().path("id").asLong();

        assertThat(http().header("Authorization", "Bearer " + token).get("/api/v1/me").json().path("username").asString())
                .isEqualTo("im.officer");
        assertThat(http().as("im.officer", passwordOf("im.officer")).get("/api/v1/me/tokens").body()).doesNotContain(token);

        assertThat(http().as("im.officer", passwordOf("im.officer")).delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        var after = http().header("Authorization", "Bearer " + token).get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void refusesAnUnknownBearerToken() {
        assertThat(http().header("Authorization", "Bearer blz_nothing").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String username = unique("leaver-");
        long id = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"the-right-password","roles":["ANALYST"]}""".formatted(username)).json().path("id").asLong();
        assertThat(http().as(username, "the-right-password").get("/api/v1/me").status()).isEqualTo(200);

        var disabled = admin().putJson("/api/v1/users/" + id, """
                {"roles":["ANALYST"],"regions":[],"enabled":false}""");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(http().as(username, "the-right-password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorResetsAPassword() {
        String username = unique("forgetful-");
        long id = admin().postJson("/api/v1/users", """
                {"username":"%s","password":"the-first-password","roles":["ANALYST"]}""".formatted(username)).json().path("id").asLong();

        assertThat(admin().postJson("/api/v1/users/" + id + "/password", "{\"password\":\"short\"}").status()).isEqualTo(400);
        assertThat(admin().postJson("/api/v1/users/" + id + "/password", "{\"password\":\"the-second-password\"}").status()).isEqualTo(204);

        assertThat(http().as(username, "the-first-password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(http().as(username, "the-second-password").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(admin().get("/api/v1/users/999999").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/users/abc").status()).isEqualTo(400);
    }

    @Test
    void pagesNeedSignInAndAdminPagesNeedTheAdminRole() {
        assertThat(http().get("/").status()).isEqualTo(302);
        assertThat(http().get("/").header("Location")).endsWith("/login");

        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));
        assertThat(analyst.get("/").status()).isEqualTo(200);
        assertThat(analyst.get("/admin/users").status()).isEqualTo(403);
    }

    @Test
    void anAdministratorCreatesAUserThroughThePage() {
        TestHttp admin = http().signIn("admin", ADMIN_PASSWORD);
        String username = unique("page-");
        String csrf = TestHttp.csrfFrom(admin.get("/admin/users/new"));

        var created = admin.postForm("/admin/users", Map.of("username", username, "password", "a-long-enough-password",
                "roles", "IM_OFFICER", "enabled", "true", "_csrf", csrf));

        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains(username);
    }

    @Test
    void theUserPageShowsEveryProblemInTheUsersLanguage() {
        TestHttp admin = http().signIn("admin", ADMIN_PASSWORD).header("Accept-Language", "fr");
        String csrf = TestHttp.csrfFrom(admin.get("/admin/users/new"));

        var refused = admin.postForm("/admin/users", Map.of("username", "x", "password", "short", "_csrf", csrf));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Le mot de passe doit compter au moins 12 caractères",
                "Un utilisateur doit avoir au moins un rôle", "Le nom d&#39;utilisateur doit compter");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        TestHttp admin = http().signIn("admin", ADMIN_PASSWORD);

        var refused = admin.postForm("/admin/users", Map.of("username", unique("csrf-"), "password", "a-long-enough-password",
                "roles", "ANALYST"));

        assertThat(refused.status()).isEqualTo(403);
    }
}
