package org.balise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

class StaticFilesIntegrationTests extends IntegrationTest {

    @Test
    void stylesScriptsImagesAndWebJarsAreServedWithoutSignIn() {
        TestHttp anonymous = http();

        assertThat(anonymous.get("/css/balise.css").status()).isEqualTo(200);
        assertThat(anonymous.get("/js/map.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(anonymous.get("/img/balise.svg").status()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/leaflet/dist/leaflet.css").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void onlyTheStaticFoldersServeFiles() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        assertThat(analyst.get("/css/missing.css").status()).isEqualTo(404);
        assertThat(analyst.get("/static/css/balise.css").status()).isEqualTo(404);
        assertThat(analyst.get("/application.properties").status()).isEqualTo(404);
        assertThat(analyst.get("/css/../application.properties").status()).isIn(400, 404);
    }

    @Test
    void pagesWriteTheirLinksAsTheyAreAndEveryStaticFileTheyNameIsServed() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));
        String page = analyst.get("/hazards").body();

        assertThat(page).contains("href=\"/hazards/HA-", "src=\"/js/hazards.js\"");
        Matcher named = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"").matcher(page);
        List<String> files = named.results().map(match -> match.group(1)).toList();
        assertThat(files).anyMatch(file -> file.startsWith("/webjars/leaflet/")).hasSizeGreaterThanOrEqualTo(4);
        for (String file : files) {
            assertThat(analyst.get(file).status()).as(file).isEqualTo(200);
        }
    }
}
