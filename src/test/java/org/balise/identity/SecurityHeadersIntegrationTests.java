package org.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

/** Pages carry a strict Content-Security-Policy and the usual security headers; signing in changes the session id. */
class SecurityHeadersIntegrationTests extends IntegrationTest {

    @Test
    void pagesAllowOnlyBalisesOwnScriptsAndCannotBeFramed() {
        TestHttp.Response page = http().signIn("analyst", passwordOf("analyst")).get("/");

        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe-eval").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void templatesHoldNoInlineStyleWhichThePolicyWouldRefuse() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> html = templates.filter(path -> path.toString().endsWith(".html")).toList();
            assertThat(html).isNotEmpty();
            for (Path template : html) {
                assertThat(Files.readString(template)).as(template.toString())
                        .doesNotContainPattern("(?i)<style|\\s(th:)?style=");
            }
        }
    }

    @Test
    void signingInGivesANewSessionId() {
        TestHttp browser = http();
        TestHttp.Response login = browser.get("/login");
        String before = sessionId(login.header("Set-Cookie"));
        TestHttp.Response signedIn = browser.postForm("/login", Map.of("username", "analyst", "password", passwordOf("analyst"),
                "_csrf", TestHttp.csrfFrom(login)));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String after = sessionId(signedIn.header("Set-Cookie"));
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    private static String sessionId(String setCookie) {
        if (setCookie == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("SESSION=([^;]+)").matcher(setCookie);
        return matcher.find() ? matcher.group(1) : null;
    }
}
