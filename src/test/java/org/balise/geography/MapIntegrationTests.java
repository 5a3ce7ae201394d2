package org.balise.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.Test;

class MapIntegrationTests extends IntegrationTest {

    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PNG = java.util.HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001"
                    + "0d0a2db40000000049454e44ae426082");

    @Test
    void theHomePageDrawsTheMapFromBalisesOwnData() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        var home = analyst.get("/");
        var regions = analyst.get("/map/data/admin-units?level=1");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"map\"", "/dist/leaflet.js", "/js/map.js")
                .doesNotContain("https://", "http://cdn");
        assertThat(regions.json().path("features").size()).isEqualTo(9);
        assertThat(analyst.get("/webjars/leaflet/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(analyst.get("/js/map.js").status()).isEqualTo(200);
    }

    @Test
    void theMapDataNeedsASignedInSession() {
        assertThat(http().get("/map/data/admin-units?level=1").status()).isEqualTo(302);
    }

    @Test
    void theMapDataAnswersBadInputWithProblemJson() {
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

        var outside = analyst.get("/map/data/locate?lat=48.85&lon=2.35");
        var garbage = analyst.get("/map/data/locate?lat=north&lon=2.35");

        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
        assertThat(garbage.status()).isEqualTo(400);
    }

    @Test
    void servesAnOfflineBaseMapFromAnMbtilesFileInTheDataFolder() throws Exception {
        Path file = dataDir().resolve("basemap.mbtiles");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                ddl.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
                ddl.execute("INSERT INTO metadata VALUES ('format', 'png')");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (2, 1, 2, ?)")) {
                insert.setBytes(1, PNG);
                insert.executeUpdate();
            }
        }
        try {
            TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));

            var tile = analyst.get("/map/tiles/2/1/1");

            assertThat(tile.status()).isEqualTo(200);
            assertThat(tile.header("Content-Type")).isEqualTo("image/png");
            assertThat(analyst.get("/map/tiles/2/1/2").status()).isEqualTo(404);
            assertThat(analyst.get("/map/tiles/2/9/1").status()).isEqualTo(404);
            assertThat(analyst.get("/map/tiles/x/1/1").status()).isEqualTo(400);
            assertThat(analyst.get("/").body()).contains("data-offline-tiles=\"true\"");
        } finally {
            Files.delete(file);
        }
    }
}
