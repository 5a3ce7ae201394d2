package org.balise.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every request of the hostile corpus ({@code src/test/resources/hostile/}) against the running application: each
 * must get the 4xx it names, with problem+json under /api, nothing written to any table or to the attachment store,
 * a record that a PUT aimed at left as it was, and the server still healthy afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests extends IntegrationTest {

    /** Tables that change on any request, refused or not: the audit trail, sign-in bookkeeping and sessions. */
    private static final Set<String> BOOKKEEPING = Set.of("audit_event", "idn_sign_in_throttle", "flyway_schema_history",
            "spring_session", "spring_session_attributes");

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> placeholders = new HashMap<>();
    private final Map<String, TestHttp> sessions = new HashMap<>();
    private final Map<String, String> csrf = new HashMap<>();

    @BeforeAll
    void findTheRecordsTheCorpusAimsAt() {
        TestHttp admin = api("admin");
        placeholders.put("area", first(admin.get("/api/v1/hazard-areas?limit=1").json(), "reference"));
        // A report of its own, still RECEIVED: links and spot tasks are refused for their input, not for its state.
        placeholders.put("report", api("im.officer").postJson("/api/v1/hazard-reports",
                HostileCorpus.template("hazard-report", Map.of())).json().path("reference").asString());
        placeholders.put("accident", first(admin.get("/api/v1/accidents?limit=1").json(), "reference"));
        placeholders.put("focal", first(admin.get("/api/v1/focal-points?limit=1").json(), "reference"));
        placeholders.put("facility", first(admin.get("/api/v1/facilities?limit=1").json(), "reference"));
        placeholders.put("cfp", first(admin.get("/api/v1/cfp-reports?limit=1").json(), "reference"));
        placeholders.put("user", first(admin.get("/api/v1/users").json(), "id"));
        placeholders.put("submission", first(admin.get("/api/v1/submissions?limit=1").json(), "id"));
        placeholders.put("institution", first(admin.get("/api/v1/institutions").json(), "id"));
        placeholders.put("place", first(admin.get("/api/v1/geo/places?q=Sevare&limit=1").json(), "pcode"));
        placeholders.put("scenario", first(admin.get("/api/v1/priority-scenarios").json(), "name"));
        JsonNode phone = admin.postJson("/api/v1/app-users", "{\"displayName\":\"Téléphone du corpus hostile\"}").json();
        placeholders.put("appuser", phone.path("id").asString());
        placeholders.put("token", phone.path("token").asString());
        placeholders.put("today", java.time.LocalDate.now().toString());
    }

    @Test
    void theCorpusHoldsAtLeastTwoHundredInputs() {
        assertThat(HostileCorpus.requests().size() + HostileCorpus.table("json-bodies.tsv").size()).isGreaterThanOrEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateIsAcceptedAsIsSoThatItsVariantsAreRefusedForTheirHostileValue() {
        return HostileCorpus.table("templates.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            TestHttp.Response answer = send(row[1], row[2], row[3], "json @tpl:" + row[0]);
            assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() {
        return HostileCorpus.requests().stream().map(request -> DynamicTest.dynamicTest(request.id(),
                () -> refusedWithoutTrace(request)));
    }

    /** Each body of json-bodies.tsv against each JSON write endpoint of json-endpoints.tsv. */
    @TestFactory
    Stream<DynamicTest> everyBrokenJsonBodyIsRefusedByEveryJsonEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] body : HostileCorpus.table("json-bodies.tsv")) {
            for (String[] endpoint : HostileCorpus.table("json-endpoints.tsv")) {
                String id = body[0] + " → " + endpoint[1] + " " + endpoint[2];
                var request = new HostileCorpus.Case(id, endpoint[0], endpoint[1], endpoint[2], "json " + body[1], body[2]);
                tests.add(DynamicTest.dynamicTest(id, () -> refusedWithoutTrace(request)));
            }
        }
        return tests.stream();
    }

    private void refusedWithoutTrace(HostileCorpus.Case request) {
        String path = fill(request.path());
        String witness = request.method().equals("PUT") ? api("admin").get(path).body() : null;
        Map<String, Long> before = fingerprint();

        TestHttp.Response answer = send(request.user(), request.method(), path, request.body());

        assertThat(request.expects(answer.status())).as("%s answered %d, expected %s: %s", request.id(), answer.status(),
                request.expect(), abbreviate(answer.body())).isTrue();
        if (path.startsWith("/api/") && !request.answeredByTheWebServer()) {
            assertThat(answer.header("Content-Type")).as(request.id()).startsWith("application/problem+json");
        }
        if (answer.status() == 302) {
            // A page form that redirects after a refusal must show the problem on the page it leads to.
            String shown = session(request.user()).get(answer.header("Location").replaceFirst("^https?://[^/]+", "")).body();
            assertThat(shown).as("the page after " + request.id()).contains("role=\"alert\"");
        }
        assertThat(fingerprint()).as("rows and files after " + request.id()).isEqualTo(before);
        if (witness != null) {
            assertThat(api("admin").get(path).body()).as("the record " + path + " after " + request.id()).isEqualTo(witness);
        }
        TestHttp.Response health = http().get("/actuator/health");
        assertThat(health.status()).as("health after " + request.id()).isEqualTo(200);
    }

    private TestHttp.Response send(String user, String method, String path, String bodyDescription) {
        HostileCorpus.Body body = HostileCorpus.body(bodyDescription, placeholders);
        String fullPath = fill(path);
        if (body.addCsrf()) {
            TestHttp session = session(user);
            byte[] withToken = (new String(body.bytes(), StandardCharsets.ISO_8859_1) + "&_csrf=" + csrf.get(user))
                    .getBytes(StandardCharsets.ISO_8859_1);
            return session.requestBytes(method, fullPath, body.contentType(), withToken);
        }
        TestHttp client = switch (user) {
            case "anonymous", "phone" -> http();
            default -> fullPath.startsWith("/api/") ? api(user) : session(user);
        };
        if (user.equals("phone") || fullPath.contains("/submission") || fullPath.contains("/formList")) {
            client.header("X-OpenRosa-Version", "1.0");
        }
        return client.requestBytes(method, fullPath, body.contentType(), body.bytes());
    }

    /** Row counts of every table but the bookkeeping ones, and the number of stored files. */
    Map<String, Long> fingerprint() {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = jdbc.queryForList("SELECT lower(table_name) FROM information_schema.tables "
                + "WHERE lower(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')", String.class);
        for (String table : tables) {
            if (!BOOKKEEPING.contains(table)) {
                counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
            }
        }
        counts.put("files", storedFiles());
        return counts;
    }

    private static long storedFiles() {
        try (Stream<Path> files = Files.walk(dataDir())) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains(dataDir().resolve("db").toString()))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestHttp api(String user) {
        return http().as(user, passwordOf(user));
    }

    private TestHttp session(String user) {
        return sessions.computeIfAbsent(user, name -> {
            if (name.equals("anonymous")) {
                TestHttp anonymous = http();
                csrf.put(name, TestHttp.csrfFrom(anonymous.get("/login")));
                return anonymous;
            }
            TestHttp signedIn = http().signIn(name, passwordOf(name));
            csrf.put(name, TestHttp.csrfFrom(signedIn.get("/")));
            return signedIn;
        });
    }

    private String fill(String text) {
        return HostileCorpus.fill(text, placeholders);
    }

    private static String first(JsonNode json, String field) {
        JsonNode value = json.findValue(field);
        if (value == null) {
            throw new IllegalStateException("No " + field + " in " + abbreviate(json.toString()));
        }
        return value.asString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
