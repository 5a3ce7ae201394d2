package org.balise.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.balise.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ExportIntegrationTests extends IntegrationTest {

    private HttpResponse<byte[]> download(String path, String username) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + passwordOf(username)).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void exportsHazardousAreasAsCsvWithAnHxlRow() throws Exception {
        var response = download("/api/v1/hazard-areas/export?format=hxl", "analyst");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("hazardous-areas-", ".csv");
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFReference");
        assertThat(lines[1]).contains("#loc+id", "#adm1+code", "#geo+lat", "#date+reported");
        assertThat(lines.length).isGreaterThan(100);
    }

    @Test
    void exportsHazardousAreasAsAWorkbookAndAsGeoJson() throws Exception {
        var xlsx = download("/api/v1/hazard-areas/export?format=xlsx", "analyst");
        var geojson = download("/api/v1/hazard-areas/export?format=geojson", "analyst");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(100);
        }
        var collection = JsonMapper.builder().build().readTree(geojson.body());
        assertThat(geojson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").get(0).path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon", "Point");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "field.mopti"})
    void anAreaExportHoldsEveryAreaOfTheReadersListNewestFirst(String username) throws Exception {
        var mapper = JsonMapper.builder().build();
        var export = mapper.readTree(download("/api/v1/hazard-areas/export?format=geojson", username).body());
        var list = mapper.readTree(download("/api/v1/hazard-areas?limit=10000", username).body());

        List<String> exported = export.path("features").valueStream().map(f -> f.path("properties").path("reference").asString()).toList();
        List<String> listed = list.path("features").valueStream().map(f -> f.path("properties").path("reference").asString()).toList();
        assertThat(exported).isNotEmpty().hasSize((int) list.path("total").asLong()).isEqualTo(listed);
    }

    @Test
    void casualtyExportsAreAnonymisedEvenForImOfficers() throws Exception {
        http().as("im.officer", passwordOf("im.officer")).postJson("/api/v1/accidents", """
                {"date":"2026-02-14","location":{"lat":14.49,"lon":-4.19},
                 "victims":[{"outcome":"INJURED","name":"Nom Secret","phone":"+223 70 00 00 01"}]}""");

        var csv = new String(download("/api/v1/accidents/export?format=csv", "im.officer").body(), StandardCharsets.UTF_8);

        assertThat(csv).contains("2026-02-14").doesNotContain("Nom Secret", "+223 70");
    }

    @Test
    void anAnonymisedExportIsNotAuditedAsAReadOfPersonalData() throws Exception {
        String events = "/api/v1/audit-events?action=PERSONAL_DATA_READ&actor=im.officer&limit=1";
        long before = http().as("admin", ADMIN_PASSWORD).get(events).json().path("total").asLong();

        download("/api/v1/accidents/export?format=csv", "im.officer");

        assertThat(http().as("admin", ADMIN_PASSWORD).get(events).json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownFormat() throws Exception {
        assertThat(download("/api/v1/hazard-areas/export?format=pdf", "analyst").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesOfferTheExportsToSignedInUsers() {
        var page = http().signIn("analyst", passwordOf("analyst"));

        assertThat(page.get("/hazards").body()).contains("/hazards/export?format=xlsx");
        assertThat(page.get("/hazards/export?format=csv").status()).isEqualTo(200);
    }
}
