package org.balise.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strings of {@code hostile/strings.txt} (SQL, HTML and script, template expressions, spreadsheet formulas,
 * paths, bidirectional and control characters) typed into text fields of every kind of record: each is stored
 * exactly as typed (trimmed), shown as text in its page, and neutralised in the CSV and XLSX exports; a phone's
 * answer is shown as text in the review page. A refusal is accepted only for text with control characters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionStringsIntegrationTests extends IntegrationTest {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> placeholders = new HashMap<>();
    private final Map<String, TestHttp> sessions = new HashMap<>();
    private String phoneToken;

    @BeforeAll
    void prepare() {
        TestHttp admin = http().as("admin", passwordOf("admin"));
        placeholders.put("institution", admin.get("/api/v1/institutions").json().findValue("id").asString());
        placeholders.put("place", admin.get("/api/v1/geo/places?q=Sevare&limit=1").json().findValue("pcode").asString());
        phoneToken = admin.postJson("/api/v1/app-users", "{\"displayName\":\"Téléphone des chaînes hostiles\"}").json()
                .path("token").asString();
    }

    static List<String> strings() {
        List<String> strings = new ArrayList<>();
        for (String line : HostileCorpus.text("strings.txt").split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                strings.add(new String(HostileCorpus.unescape(line), StandardCharsets.UTF_8));
            }
        }
        return strings;
    }

    @TestFactory
    Stream<DynamicTest> aHazardousAreaNameIsStoredShownAndExportedAsText() {
        List<String> strings = strings();
        return IntStream.range(0, strings.size()).mapToObj(i -> DynamicTest.dynamicTest(label(strings.get(i)), () -> {
            String text = strings.get(i);
            double west = -11.0 + i * 0.05;
            String body = HostileCorpus.template("hazard-area /properties/name=" + jsonString(text) + "; /geometry/coordinates="
                    + "[[[" + west + ",14.0],[" + (west + 0.001) + ",14.0],[" + (west + 0.001) + ",14.001],[" + west + ",14.001],["
                    + west + ",14.0]]]", placeholders);
            TestHttp.Response created = im().postJson("/api/v1/hazard-areas", body);
            if (refusedForControlCharacters(text, created)) {
                return;
            }
            String reference = created.json().path("properties").path("reference").asString();
            assertThat(im().get("/api/v1/hazard-areas/" + reference).json().path("properties").path("name").asString())
                    .isEqualTo(text.strip());
            shownAsText(page("im.officer", "/hazards/" + reference + "?lang=fr"), text);
            exportedAsText(im(), "/api/v1/hazard-areas/export", reference, text);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFocalPointNameIsStoredShownAndExportedAsText() {
        return strings().stream().map(text -> DynamicTest.dynamicTest(label(text), () -> {
            TestHttp.Response created = im().postJson("/api/v1/focal-points",
                    HostileCorpus.template("focal-point /name=" + jsonString(text), placeholders));
            if (refusedForControlCharacters(text, created)) {
                return;
            }
            String reference = created.json().path("reference").asString();
            assertThat(im().get("/api/v1/focal-points/" + reference).json().path("name").asString()).isEqualTo(text.strip());
            shownAsText(page("im.officer", "/community/focal-points/" + reference), text);
            exportedAsText(im(), "/api/v1/focal-points/export", reference, text);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFacilityNameIsStoredAndShownAsText() {
        return strings().stream().map(text -> DynamicTest.dynamicTest(label(text), () -> {
            TestHttp amd = http().as("amd.officer", passwordOf("amd.officer"));
            TestHttp.Response created = amd.postJson("/api/v1/facilities",
                    HostileCorpus.template("facility /name=" + jsonString(text), placeholders));
            if (refusedForControlCharacters(text, created)) {
                return;
            }
            String reference = created.json().path("reference").asString();
            assertThat(amd.get("/api/v1/facilities/" + reference).json().path("name").asString()).isEqualTo(text.strip());
            shownAsText(page("amd.officer", "/arms/facilities/" + reference), text);
        }));
    }

    /** A phone's answer travels as XML text; the review page shows it as text. */
    @TestFactory
    Stream<DynamicTest> aPhonesAnswerIsShownAsTextInTheReviewPage() {
        return strings().stream().filter(text -> text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                .map(text -> DynamicTest.dynamicTest(label(text), () -> {
                    String instanceId = "uuid:" + UUID.randomUUID();
                    String xml = """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <data id="community-report" version="2026112802"><report_date>2026-06-01</report_date>
                            <region>ML05</region><place>%s</place><location>14.49 -4.19 280 5</location>
                            <device_category>UXO</device_category><item_description>%s</item_description><marked>no</marked>
                            <meta><instanceID>%s</instanceID></meta></data>""".formatted(placeholders.get("place"),
                            HtmlUtils.htmlEscape(text, "UTF-8"), instanceId);
                    assertThat(submit(xml)).isEqualTo(201);
                    JsonNode summary = im().get("/api/v1/submissions?instanceId=" + instanceId).json().path("items").get(0);
                    // XML parsers read every line end as a line feed.
                    shownAsText(page("im.officer", "/collection/submissions/" + summary.path("id").asString()),
                            text.replace("\r\n", "\n").replace('\r', '\n'));
                }));
    }

    private int submit(String xml) throws IOException, InterruptedException {
        String boundary = "----strings" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; filename=\"submission.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/key/" + phoneToken + "/submission"))
                .header("X-OpenRosa-Version", "1.0").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Text with control characters (a line break in a person's name too) may be refused; any other must be accepted. */
    private static boolean refusedForControlCharacters(String text, TestHttp.Response answer) {
        boolean control = text.strip().chars().anyMatch(Character::isISOControl);
        if (answer.status() == 400 && control) {
            return true;
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return false;
    }

    /** The text never appears unescaped when it holds markup characters, and reads as typed once unescaped. */
    private static void shownAsText(String page, String text) {
        String stored = text.strip();
        if (stored.chars().anyMatch(c -> "<>&\"'".indexOf(c) >= 0)) {
            assertThat(page).doesNotContain(stored);
        }
        assertThat(HtmlUtils.htmlUnescape(page)).contains(stored);
    }

    private static void exportedAsText(TestHttp client, String path, String reference, String text) throws IOException {
        String expected = neutralised(text.strip());
        List<String> csvRow = row(csv(client.get(path + "?format=csv").body()), reference);
        assertThat(csvRow).as("CSV row of " + reference).contains(expected);
        List<String> xlsxRow = row(xlsx(client, path + "?format=xlsx"), reference);
        assertThat(xlsxRow).as("XLSX row of " + reference).contains(expected);
    }

    private static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static List<List<String>> csv(String body) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(body))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsx(TestHttp client, String path) throws IOException {
        byte[] bytes = client.getBytes(path);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String reference) {
        return rows.stream().filter(row -> row.contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + reference + " in the export"));
    }

    /** A page as a signed-in user sees it (pages take a session, not HTTP Basic). */
    private String page(String user, String path) {
        TestHttp.Response page = sessions.computeIfAbsent(user, name -> http().signIn(name, passwordOf(name))).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private static String jsonString(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String label(String text) {
        String visible = text.codePoints().collect(StringBuilder::new, (out, c) -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }
}
