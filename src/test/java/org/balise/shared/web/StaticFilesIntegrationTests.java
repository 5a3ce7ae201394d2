package org.balise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        // Without its version, as pages write it, and with it.
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
    void pagesWriteTheirLinksAsTheyAre() {
        String page = http().signIn("analyst", passwordOf("analyst")).get("/hazards").body();

        assertThat(page).contains("href=\"/hazards/HA-", "src=\"/js/hazards.js\"");
    }
}
