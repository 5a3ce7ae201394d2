package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reviewer's pages: queue, item with answers, photos and warnings, decisions; phones; forms and versions. */
class CollectionPageIntegrationTests extends IntegrationTest {

    private static final String SUBMISSION = """
            <?xml version='1.0' encoding='UTF-8' ?><data id="community-report" version="2026112802"><report_date>2026-11-20</report_date>\
            <reporter_name>Boubacar Diallo</reporter_name><region>ML05</region><place>ML050101001</place><location>POINT</location>\
            <device_category>UXO</device_category><item_description>Obus près du puits</item_description><marked>no</marked>\
            <photo>photo.jpg</photo><meta><instanceID>THE-ID</instanceID><instanceName>Rapport Sévaré</instanceName></meta></data>""";

    private Phone phone;
    private TestHttp reviewer;

    @BeforeEach
    void signIn() {
        JsonNode created = http().as("admin", ADMIN_PASSWORD).postJson("/api/v1/app-users", "{\"displayName\":\"Pages\"}").json();
        phone = Phone.digest(port, created.path("username").asString(), created.path("password").asString());
        reviewer = http().signIn("im.officer", passwordOf("im.officer"));
    }

    private long submit(String point) {
        String instanceId = "uuid:" + UUID.randomUUID();
        byte[] xml = SUBMISSION.replace("POINT", point).replace("THE-ID", instanceId).getBytes(UTF_8);
        assertThat(phone.submit(xml, Map.of("photo.jpg", "JPEG bytes".getBytes(UTF_8))).status()).isEqualTo(201);
        return http().as("admin", ADMIN_PASSWORD).get("/api/v1/submissions?instanceId=" + instanceId).json()
                .path("items").get(0).path("id").asLong();
    }

    @Test
    void aReviewerReadsTheAnswersInFrenchAndApprovesFromThePage() {
        long id = submit("14.4936 -4.1942 268 4.5");

        String queue = reviewer.get("/collection/submissions?state=RECEIVED&formId=community-report").body();
        assertThat(queue).contains("/collection/submissions/" + id).contains("Rapport Sévaré");
        String item = reviewer.get("/collection/submissions/" + id + "?lang=fr").body();
        assertThat(item).contains("Type d’engin", "Munition non explosée (UXO)", "Obus près du puits", "Boubacar Diallo")
                .contains("/collection/submissions/" + id + "/files/photo.jpg").contains("id=\"submission-map\"")
                .contains("<th class=\"depth-0\"");

        String csrf = TestHttp.csrfFrom(reviewer.get("/collection/submissions/" + id));
        TestHttp.Response approved = reviewer.postForm("/collection/submissions/" + id + "/approve", Map.of("_csrf", csrf));

        assertThat(approved.status()).isEqualTo(302);
        String after = reviewer.get("/collection/submissions/" + id).body();
        assertThat(after).contains("id=\"records\"").containsPattern("HR-\\d{6}").doesNotContain("id=\"approve-new\"");
    }

    @Test
    void aPointOutsideMaliIsShownAsAWarning() {
        long id = submit("13.5127 2.1128 210 5");

        assertThat(reviewer.get("/collection/submissions/" + id).body()).contains("outside Mali");
        assertThat(reviewer.get("/collection/submissions/" + id + "?lang=fr").body()).contains("hors du Mali");
    }

    @Test
    void photosAreServedToReviewersOnly() {
        long id = submit("14.4936 -4.1942 268 4.5");

        TestHttp.Response photo = reviewer.get("/collection/submissions/" + id + "/files/photo.jpg");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.body()).isEqualTo("JPEG bytes");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reviewer.get("/collection/submissions/" + id + "/files/other.jpg").status()).isEqualTo(404);
        assertThat(reviewer.get("/collection/submissions/999999999").status()).isEqualTo(404);
        TestHttp analyst = http().signIn("analyst", passwordOf("analyst"));
        assertThat(analyst.get("/collection/submissions/" + id + "/files/photo.jpg").status()).isEqualTo(403);
        assertThat(analyst.get("/collection/submissions").status()).isEqualTo(403);
    }

    @Test
    void openingAnItemIsAudited() {
        long id = submit("14.4936 -4.1942 268 4.5");

        reviewer.get("/collection/submissions/" + id);

        JsonNode events = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=SUBMISSION_VIEWED&limit=10000").json();
        assertThat(events.path("items").valueStream().map(event -> event.path("actor").asString())).contains("im.officer");
    }

    @Test
    void aNewPhoneGetsAQrCodeAndSecretsShownOnce() {
        String csrf = TestHttp.csrfFrom(reviewer.get("/collection/app-users"));

        String page = reviewer.postForm("/collection/app-users", Map.of("_csrf", csrf, "displayName", "Équipe EOD 1")).body();

        assertThat(page).contains("<svg", "Équipe EOD 1");
        Matcher token = Pattern.compile("/key/([A-Za-z0-9]{48})").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(Phone.token(port, token.group(1)).get("/formList").status()).isEqualTo(200);
        assertThat(reviewer.get("/collection/app-users").body()).contains("Équipe EOD 1").doesNotContain(token.group(1));
    }

    @Test
    void aNewFormVersionIsServedAndOlderSubmissionsStayReadable() throws IOException {
        long old = submit("14.4936 -4.1942 268 4.5");
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/collection/forms/community-report.xml")) {
            shipped = in.readAllBytes();
        }
        String newVersion = new String(shipped, UTF_8).replace("version=\"2026112802\"", "version=\"2026112850\"");
        String csrf = TestHttp.csrfFrom(reviewer.get("/collection/forms"));

        TestHttp.Response published = reviewer.postMultipart("/collection/forms", Map.of("_csrf", csrf,
                "file", new TestHttp.FilePart("community-report.xml", newVersion.getBytes(UTF_8))));

        assertThat(published.status()).isEqualTo(302);
        assertThat(phone.get("/formList").text()).contains("<version>2026112850</version>");
        assertThat(reviewer.get("/collection/submissions/" + old).body()).contains("Obus près du puits");
        assertThat(reviewer.get("/collection/forms").body()).contains("2026112850", "2026112802");
        assertThat(submit("14.4936 -4.1942 268 4.5")).as("a phone with the old version can still send").isPositive();

        TestHttp.Response again = reviewer.postMultipart("/collection/forms", Map.of("_csrf", csrf,
                "file", new TestHttp.FilePart("community-report.xml", newVersion.getBytes(UTF_8))));
        assertThat(reviewer.get(again.header("Location").replaceFirst("^https?://[^/]+", "")).body()).contains("already published");
    }

    @Test
    void refusesFormsBaliseCannotTurnIntoRecordsOrThatAreNotXForms() {
        String csrf = TestHttp.csrfFrom(reviewer.get("/collection/forms"));
        String before = phone.get("/formList").text();

        String unknown = """
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"><h:head><h:title>x</h:title>\
                <model><instance><data id="my-own-form" version="1"><q/></data></instance></model></h:head><h:body/></h:html>""";
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        for (String file : new String[] {unknown, doctype, "not xml"}) {
            TestHttp.Response refused = reviewer.postMultipart("/collection/forms", Map.of("_csrf", csrf,
                    "file", new TestHttp.FilePart("form.xml", file.getBytes(UTF_8))));
            assertThat(refused.status()).isEqualTo(302);
            assertThat(reviewer.get("/collection/forms").body()).contains("class=\"problem\"");
        }
        assertThat(phone.get("/formList").text()).isEqualTo(before);
    }
}
