package org.balise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, read from its own handler mappings so that none can be forgotten, called
 * by anonymous and by each role, against one declared table ({@code authorisation-matrix.tsv}): who may pass
 * the authorisation (any answer but 401, 403 or a redirect to sign-in) and who is refused. An endpoint missing
 * from the table, or a table line no endpoint has, fails. Run with {@code -Dbalise.matrix.print=true} to write
 * what is observed to {@code target/authorisation-matrix.tsv} for review.
 */
class AuthorisationMatrixIntegrationTests extends IntegrationTest {

    /** Who calls, in the table's column order; "anonymous" has no credentials. */
    private static final List<String> CALLERS = List.of("anonymous", "admin", "im.officer", "amd.officer", "field.mopti",
            "authority", "analyst");
    /** Endpoints not called: signing out would end the caller's session for the rest of the run. */
    private static final Set<String> NOT_CALLED = Set.of("POST /logout");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointLetsThroughExactlyTheCallersTheTableNames() throws IOException {
        Map<String, String> expected = table();
        Map<String, String> observed = new TreeMap<>();
        Map<String, TestHttp> sessions = new LinkedHashMap<>();
        Map<String, String> csrf = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            TestHttp session = caller.equals("anonymous") ? http() : http().signIn(caller, passwordOf(caller));
            sessions.put(caller, session);
            csrf.put(caller, caller.equals("anonymous") ? null : TestHttp.csrfFrom(session.get("/")));
        }
        for (String endpoint : endpoints()) {
            if (NOT_CALLED.contains(endpoint)) {
                observed.put(endpoint, expected.getOrDefault(endpoint, "?"));
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            List<String> allowed = new ArrayList<>();
            for (String caller : CALLERS) {
                TestHttp client = path.startsWith("/api/") && !caller.equals("anonymous")
                        ? http().as(caller, passwordOf(caller)) : sessions.get(caller);
                if (!path.startsWith("/api/") && csrf.get(caller) != null) {
                    client = client.header("X-CSRF-TOKEN", csrf.get(caller));
                }
                // Phones' addresses refuse a request without this header before anything else.
                client = client.header("X-OpenRosa-Version", "1.0");
                TestHttp.Response answer = multipart.contains(endpoint) ? client.postMultipart(path, Map.of("caption", "x"))
                        : client.request(method, path, method.equals("GET") || method.equals("HEAD") ? null : "{}");
                if (!refused(answer)) {
                    allowed.add(caller);
                }
            }
            observed.put(endpoint, allowed.isEmpty() ? "nobody" : String.join(",", allowed));
        }
        if (Boolean.getBoolean("balise.matrix.print")) {
            StringBuilder out = new StringBuilder();
            observed.forEach((endpoint, allowed) -> out.append(endpoint).append('\t').append(allowed).append('\n'));
            Files.writeString(Path.of("target", "authorisation-matrix.tsv"), out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(new TreeSet<>(observed.keySet())).as("endpoints in the table").isEqualTo(new TreeSet<>(expected.keySet()));
        Map<String, String> differences = new TreeMap<>();
        observed.forEach((endpoint, allowed) -> {
            if (!allowed.equals(expected.get(endpoint))) {
                differences.put(endpoint, "expected " + expected.get(endpoint) + ", observed " + allowed);
            }
        });
        assertThat(differences).as("endpoints whose callers differ from the table").isEmpty();
    }

    /** Refused: not signed in (401, or a page's redirect to sign-in) or not allowed (403). */
    private static boolean refused(TestHttp.Response answer) {
        if (answer.status() == 401 || answer.status() == 403) {
            return true;
        }
        String location = answer.header("Location");
        return answer.status() == 302 && location != null && location.contains("/login");
    }

    /** Endpoints that take only multipart bodies: called with one, so that the mapping matches. */
    private final Set<String> multipart = new TreeSet<>();

    private List<String> endpoints() {
        return Endpoints.all(mappings, multipart);
    }

    /** A path with made-up values for its variables: numbers for ids, a code elsewhere. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]*[iI]d\\}", "999999").replaceAll("\\{\\*[^}]*\\}", "x").replaceAll("\\{[zxy]\\}", "1")
                .replaceAll("\\{[^}]+\\}", "X-0");
    }

    private static Map<String, String> table() {
        return Endpoints.matrix();
    }
}
