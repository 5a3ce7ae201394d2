package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A phone's whole journey, as ODK Collect makes it: the form and its place lists are downloaded, filled in
 * javarosa (Collect's form engine), sent over HTTP Digest, then reviewed and approved into the registers.
 */
class CollectionIntegrationTests extends IntegrationTest {

    static final String POINT_MOPTI = "14.4936 -4.1942 268 4.5";

    @TempDir
    Path media;

    Credentials phoneUser;

    record Credentials(long id, String username, String password, String token) {
    }

    @BeforeEach
    void createPhone() {
        phoneUser = createAppUser("Équipe NTS 2 Mopti");
    }

    Credentials createAppUser(String name) {
        TestHttp.Response created = admin().postJson("/api/v1/app-users", "{\"displayName\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        return new Credentials(json.path("id").asLong(), json.path("username").asString(), json.path("password").asString(),
                json.path("token").asString());
    }

    TestHttp admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    TestHttp imOfficer() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    Phone phone() {
        return Phone.digest(port, phoneUser.username(), phoneUser.password());
    }

    /** A village of the given region from the place list the server gave the phone. */
    String placeIn(String region) {
        try (Stream<String> lines = Files.lines(media.resolve("places.csv"), UTF_8)) {
            return lines.skip(1).map(line -> line.split(",")).filter(cells -> cells[cells.length - 1].equals(region))
                    .map(cells -> cells[0]).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PhoneForm community(Phone phone, String point) {
        PhoneForm form = PhoneForm.open(phone.downloadForm("community-report", media), media);
        return form.answer("report_date", LocalDate.now().minusDays(1))
                .answer("reporter_name", "Boubacar Diallo").answer("reporter_phone", "+223 76 00 00 02")
                .answer("region", "ML05").answer("place", placeIn("ML05")).answer("location", point)
                .answer("device_category", "UXO").answer("item_description", "Obus près du puits").answer("marked", "no");
    }

    JsonNode stored(String instanceId) {
        JsonNode list = admin().get("/api/v1/submissions?instanceId=" + instanceId).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        return list.path("items").get(0);
    }

    long storedCount() {
        return StoredSubmissions.count(admin());
    }

    long attachmentFiles() {
        return StoredSubmissions.attachmentFiles(dataDir());
    }

    JsonNode approve(long id, String linkTo) {
        TestHttp.Response approved = imOfficer().postJson("/api/v1/submissions/" + id + "/approval",
                linkTo == null ? "{}" : "{\"linkTo\":\"" + linkTo + "\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved.json();
    }

    @Test
    void surveyFilledOnThePhoneBecomesAReportAndAnAreaOnceApproved() {
        Phone phone = phone();
        byte[] formXml = phone.downloadForm("nts-hazard-report", media);
        PhoneForm form = PhoneForm.open(formXml, media)
                .answer("survey_date", LocalDate.now().minusDays(2)).answer("team", "Équipe NTS 2")
                .answer("region", "ML05").answer("place", placeIn("ML05")).answer("location", "14.6012 -3.9001 270 5")
                .answer("perimeter", "14.600 -3.901 0 0;14.602 -3.901 0 0;14.602 -3.899 0 0;14.600 -3.899 0 0;14.600 -3.901 0 0")
                .answer("device_categories", List.of("AP_MINE", "UXO")).answer("evidence_kind", "DIRECT")
                .answer("evidence_description", "Mine vue par un berger")
                .answer("blocked_land_use", List.of("AGRICULTURE", "WATER"))
                .answer("women", 120).answer("men", 110).answer("girls", 60).answer("boys", 55)
                .answer("photo", "1764332400000.jpg");
        byte[] instance = form.finish();

        Phone.Answer sent = phone.submit(instance, Map.of("1764332400000.jpg", "jpeg bytes".getBytes(UTF_8)));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.header("X-OpenRosa-Version")).isEqualTo("1.0");
        assertThat(sent.text()).contains("<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"");
        JsonNode stored = stored(form.instanceId());
        assertThat(stored.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(stored.path("complete").asBoolean()).isTrue();
        assertThat(stored.path("adm1Pcode").asString()).isEqualTo("ML05");

        JsonNode approved = approve(stored.path("id").asLong(), null);

        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        Map<String, String> records = records(approved);
        assertThat(records).containsKeys("hazard-report", "hazard-area");
        JsonNode area = imOfficer().get("/api/v1/hazard-areas/" + records.get("hazard-area")).json();
        assertThat(area.path("properties").path("type").asString()).isEqualTo("CHA");
        assertThat(area.path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(area.path("properties").path("beneficiaries").path("women").asInt()).isEqualTo(120);
        JsonNode report = imOfficer().get("/api/v1/hazard-reports/" + records.get("hazard-report")).json();
        assertThat(report.path("source").asString()).isEqualTo("NON_TECHNICAL_SURVEY");
        assertThat(report.path("areaReference").asString()).isEqualTo(records.get("hazard-area"));
    }

    @Test
    void accidentWithTwoVictimsBecomesAnAccidentOnceApproved() {
        Phone phone = phone();
        PhoneForm form = PhoneForm.open(phone.downloadForm("accident-report", media), media)
                .answer("accident_date", LocalDate.now().minusDays(3)).answer("region", "ML05").answer("place", placeIn("ML05"))
                .answer("location", "14.3500 -3.6100 270 5").answer("device_category", "IMPROVISED_MINE")
                .answer("demining_accident", "no").answer("description", "Charrette sur la piste")
                .repeat("victims", victim -> victim.answer("victim_name", "Aminata Traoré").answer("victim_sex", "FEMALE")
                        .answer("victim_age", 34).answer("victim_group", "CIVILIAN").answer("victim_outcome", "INJURED")
                        .answer("victim_activity", "TRAVELLING").answer("victim_referred", "yes"))
                .repeat("victims", victim -> victim.answer("victim_sex", "MALE").answer("victim_age_group", "CHILD")
                        .answer("victim_group", "CIVILIAN").answer("victim_outcome", "KILLED").answer("victim_activity", "PLAYING"));

        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        JsonNode approved = approve(stored(form.instanceId()).path("id").asLong(), null);

        String accident = records(approved).get("accident");
        JsonNode recorded = imOfficer().get("/api/v1/accidents/" + accident).json();
        assertThat(recorded.path("victims")).hasSize(2);
        assertThat(recorded.path("deviceCategory").asString()).isEqualTo("IMPROVISED_MINE");
        assertThat(recorded.path("victims").findValuesAsString("name")).contains("Aminata Traoré");
    }

    @Test
    void communityReportCanBeLinkedToTheAreaItDescribes() {
        JsonNode area = imOfficer().get("/api/v1/hazard-areas?limit=1&status=OPEN").json().path("features").get(0);
        JsonNode first = firstCoordinate(area.path("geometry"));
        String point = first.get(1).asDouble() + " " + first.get(0).asDouble() + " 0 5";
        Phone phone = Phone.token(port, phoneUser.token());
        PhoneForm form = community(phone, point);
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        long id = stored(form.instanceId()).path("id").asLong();

        JsonNode approved = approve(id, area.path("id").asString());

        assertThat(records(approved)).containsEntry("hazard-area", area.path("id").asString()).containsKey("hazard-report");
        JsonNode report = imOfficer().get("/api/v1/hazard-reports/" + records(approved).get("hazard-report")).json();
        assertThat(report.path("source").asString()).isEqualTo("COMMUNITY");
        assertThat(report.path("status").asString()).isEqualTo("AREA_RECORDED");
    }

    @Test
    void theSameSubmissionSentTwiceIsStoredOnce() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        byte[] instance = form.finish();
        long before = storedCount();

        assertThat(phone.submit(instance, Map.of()).status()).isEqualTo(201);
        assertThat(phone.submit(instance, Map.of()).status()).isEqualTo(201);

        assertThat(storedCount()).isEqualTo(before + 1);
    }

    @Test
    void refusesADifferentSubmissionWithAnInstanceIdAlreadyStored() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        byte[] instance = form.finish();
        assertThat(phone.submit(instance, Map.of()).status()).isEqualTo(201);
        long before = storedCount();

        byte[] changed = new String(instance, UTF_8).replace("Obus près du puits", "Autre chose").getBytes(UTF_8);
        Phone.Answer answer = phone.submit(changed, Map.of());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.text()).contains("OpenRosaResponse").contains("different content");
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void anEditMadeOnThePhoneBecomesANewVersionOfTheSameSubmission() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        byte[] first = form.finish();
        assertThat(phone.submit(first, Map.of()).status()).isEqualTo(201);
        long id = stored(form.instanceId()).path("id").asLong();
        long before = storedCount();

        PhoneForm edit = PhoneForm.reopen(phone.downloadForm("community-report", media), media, first)
                .answer("item_description", "Deux obus près du puits");
        byte[] second = edit.finish();
        assertThat(edit.instanceId()).isNotEqualTo(form.instanceId());

        assertThat(phone.submit(second, Map.of()).status()).isEqualTo(201);
        assertThat(storedCount()).isEqualTo(before);
        JsonNode current = stored(edit.instanceId());
        assertThat(current.path("id").asLong()).isEqualTo(id);
        assertThat(current.path("state").asString()).isEqualTo("EDITED");
        assertThat(stored(form.instanceId()).path("instanceId").asString()).isEqualTo(edit.instanceId());
        assertThat(phone.submit(second, Map.of()).status()).as("the edit sent again").isEqualTo(201);
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void aSplitUploadIsIncompleteUntilItsLastPhotoArrives() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI).answer("photo", "1764332400000.jpg");
        byte[] instance = form.finish();

        assertThat(phone.submit(instance, Map.of()).status()).isEqualTo(201);
        JsonNode waiting = stored(form.instanceId());
        assertThat(waiting.path("complete").asBoolean()).isFalse();
        assertThat(imOfficer().postJson("/api/v1/submissions/" + waiting.path("id").asLong() + "/approval", "{}").status())
                .isEqualTo(409);

        assertThat(phone.submit(instance, Map.of("1764332400000.jpg", "photo".getBytes(UTF_8))).status()).isEqualTo(201);
        assertThat(stored(form.instanceId()).path("complete").asBoolean()).isTrue();
    }

    @Test
    void aChunkedBodyIsAccepted() {
        Phone phone = Phone.token(port, phoneUser.token()).chunked();
        PhoneForm form = community(phone, POINT_MOPTI).answer("photo", "1764332400000.jpg");

        assertThat(phone.submit(form.finish(), Map.of("1764332400000.jpg", new byte[200_000])).status()).isEqualTo(201);

        assertThat(stored(form.instanceId()).path("complete").asBoolean()).isTrue();
    }

    @Test
    void filesTheXmlDoesNotReferToAreNotKept() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        long files = attachmentFiles();

        assertThat(phone.submit(form.finish(), Map.of("unrelated.jpg", "not referenced".getBytes(UTF_8))).status()).isEqualTo(201);

        assertThat(attachmentFiles()).isEqualTo(files);
    }

    @Test
    void theFormListOffersTheFormsWithTheirHashesAndManifests() {
        Phone.Answer list = phone().get("/formList");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-OpenRosa-Version")).isEqualTo("1.0");
        assertThat(list.text()).contains("<formID>nts-hazard-report</formID>", "<formID>accident-report</formID>",
                "<formID>community-report</formID>").containsPattern("<hash>md5:[0-9a-f]{32}</hash>")
                .contains("/forms/community-report/manifest");
        Phone.Answer manifest = phone().get("/forms/community-report/manifest");
        assertThat(manifest.text()).contains("<filename>places.csv</filename>", "<filename>regions.csv</filename>");
        Phone.Answer places = phone().get("/forms/community-report/media/places.csv");
        assertThat(places.text()).startsWith("name,label,region\n").contains(",ML05\n");
        assertThat(places.text().lines().count()).isGreaterThan(18_000);
        Phone.Answer check = phone().head("/submission");
        assertThat(check.status()).isEqualTo(204);
        assertThat(Long.parseLong(check.header("X-OpenRosa-Accept-Content-Length"))).isPositive();
    }

    @Test
    void theTokenAddressWorksAndItsLinksKeepTheToken() {
        Phone.Answer list = Phone.token(port, phoneUser.token()).get("/formList");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("/key/" + phoneUser.token() + "/forms/accident-report.xml");
    }

    @Test
    void basicAuthenticationIsAcceptedFromThisMachine() {
        assertThat(Phone.basic(port, phoneUser.username(), phoneUser.password()).get("/formList").status()).isEqualTo(200);
        assertThat(Phone.basic(port, phoneUser.username(), "wrong").get("/formList").status()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsAreRefusedAndNothingIsStored() {
        PhoneForm form = community(phone(), POINT_MOPTI);
        byte[] instance = form.finish();
        long before = storedCount();

        Phone.Answer wrongPassword = Phone.digest(port, phoneUser.username(), "not-the-password").submit(instance, Map.of());
        Phone.Answer wrongUser = Phone.digest(port, "nobody", phoneUser.password()).submit(instance, Map.of());
        Phone.Answer wrongToken = Phone.token(port, "not-a-token").submit(instance, Map.of());
        Phone.Answer person = Phone.basic(port, "im.officer", passwordOf("im.officer")).submit(instance, Map.of());

        assertThat(List.of(wrongPassword.status(), wrongUser.status(), wrongToken.status(), person.status()))
                .containsOnly(401);
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Digest realm=\"Balise\"");
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void aRevokedPhoneIsRefusedAtOnce() {
        Phone digest = phone();
        Phone token = Phone.token(port, phoneUser.token());
        assertThat(digest.get("/formList").status()).isEqualTo(200);
        assertThat(token.get("/formList").status()).isEqualTo(200);

        assertThat(imOfficer().delete("/api/v1/app-users/" + phoneUser.id()).status()).isEqualTo(200);

        assertThat(digest.get("/formList").status()).isEqualTo(401);
        assertThat(token.get("/formList").status()).isEqualTo(401);
        assertThat(Phone.basic(port, phoneUser.username(), phoneUser.password()).get("/formList").status()).isEqualTo(401);
    }

    @Test
    void aPhoneLimitedToSomeFormsSeesAndSendsOnlyThose() {
        assertThat(admin().putJson("/api/v1/app-users/" + phoneUser.id() + "/forms", "{\"formIds\":[\"accident-report\"]}")
                .status()).isEqualTo(200);
        Phone phone = phone();

        assertThat(phone.get("/formList").text()).contains("accident-report").doesNotContain("community-report");
        assertThat(phone.get("/forms/community-report.xml").status()).isEqualTo(404);
        PhoneForm form = community(Phone.token(port, createAppUser("Other phone").token()), POINT_MOPTI);
        long before = storedCount();
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(403);
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void onlyAnAdminMayLimitAPhoneToSomeForms() {
        assertThat(imOfficer().putJson("/api/v1/app-users/" + phoneUser.id() + "/forms", "{\"formIds\":[\"accident-report\"]}")
                .status()).isEqualTo(403);
    }

    @Test
    void appUsersAreCreatedByAdminsAndImOfficersOnly() {
        assertThat(http().as("analyst", passwordOf("analyst")).postJson("/api/v1/app-users", "{\"displayName\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(http().as("field.mopti", passwordOf("field.mopti")).postJson("/api/v1/app-users", "{\"displayName\":\"x\"}")
                .status()).isEqualTo(403);
        int before = imOfficer().get("/api/v1/app-users").json().path("total").asInt();
        TestHttp.Response blank = imOfficer().postJson("/api/v1/app-users", "{\"displayName\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("displayName");
        assertThat(imOfficer().get("/api/v1/app-users").json().path("total").asInt()).isEqualTo(before);
        JsonNode listed = imOfficer().get("/api/v1/app-users").json();
        assertThat(listed.toString()).doesNotContain(phoneUser.password()).doesNotContain(phoneUser.token());
    }

    @Test
    void aClosedFormRefusesSubmissions() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        byte[] instance = form.finish();
        long before = storedCount();
        TestHttp officer = http().signIn("im.officer", passwordOf("im.officer"));
        String csrf = TestHttp.csrfFrom(officer.get("/collection/forms"));
        assertThat(officer.postForm("/collection/forms/community-report/closed", Map.of("closed", "true", "_csrf", csrf)).status())
                .isEqualTo(302);
        try {
            Phone.Answer answer = phone.submit(instance, Map.of());

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.text()).contains("closed");
            assertThat(phone.get("/formList").text()).doesNotContain("<formID>community-report</formID>");
            assertThat(storedCount()).isEqualTo(before);
        } finally {
            officer.postForm("/collection/forms/community-report/closed", Map.of("closed", "false", "_csrf", csrf));
        }
        assertThat(phone.submit(instance, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedSubmissionCannotBeDecidedAgain() {
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        phone.submit(form.finish(), Map.of());
        long id = stored(form.instanceId()).path("id").asLong();

        assertThat(imOfficer().postJson("/api/v1/submissions/" + id + "/rejection", "{\"reason\":\"\"}").status()).isEqualTo(400);
        assertThat(stored(form.instanceId()).path("state").asString()).isEqualTo("RECEIVED");
        assertThat(imOfficer().postJson("/api/v1/submissions/" + id + "/rejection", "{\"reason\":\"Test sent by mistake\"}")
                .status()).isEqualTo(200);
        assertThat(imOfficer().postJson("/api/v1/submissions/" + id + "/approval", "{}").status()).isEqualTo(409);
        assertThat(stored(form.instanceId()).path("records")).isEmpty();
    }

    @Test
    void onlyReviewersSeeTheQueueAndAmdOfficersDoNotSeeMineActionForms() {
        assertThat(http().as("analyst", passwordOf("analyst")).get("/api/v1/submissions").status()).isEqualTo(403);
        assertThat(http().as("field.mopti", passwordOf("field.mopti")).get("/api/v1/submissions").status()).isEqualTo(403);
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        phone.submit(form.finish(), Map.of());

        assertThat(http().as("amd.officer", passwordOf("amd.officer")).get("/api/v1/submissions?instanceId=" + form.instanceId())
                .json().path("total").asInt()).isZero();
        assertThat(imOfficer().get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("total").asInt()).isOne();
        assertThat(imOfficer().get("/api/v1/submissions?state=NOT_A_STATE").status()).isEqualTo(400);
    }

    @Test
    void anApprovalTheOwningModuleRefusesKeepsNothing() {
        Phone phone = phone();
        PhoneForm form = community(phone, "13.5127 2.1128 210 5");
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        long id = stored(form.instanceId()).path("id").asLong();
        long reports = imOfficer().get("/api/v1/hazard-reports?limit=1").json().path("total").asLong();

        TestHttp.Response refused = imOfficer().postJson("/api/v1/submissions/" + id + "/approval", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("location");
        assertThat(stored(form.instanceId()).path("state").asString()).isEqualTo("RECEIVED");
        assertThat(stored(form.instanceId()).path("records")).isEmpty();
        assertThat(imOfficer().get("/api/v1/hazard-reports?limit=1").json().path("total").asLong()).isEqualTo(reports);
    }

    @Test
    void aReviewerScopedToARegionSeesOnlyItsSubmissions() {
        assertThat(admin().postJson("/api/v1/users", """
                {"username":"im.segou","displayName":"IM Ségou","password":"im-segou-password-2026","roles":["IM_OFFICER"],
                 "regions":["ML04"]}""").status()).isIn(201, 409);
        Phone phone = phone();
        PhoneForm form = community(phone, POINT_MOPTI);
        phone.submit(form.finish(), Map.of());
        long id = stored(form.instanceId()).path("id").asLong();
        TestHttp segou = http().as("im.segou", "im-segou-password-2026");

        assertThat(segou.get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("total").asInt()).isZero();
        assertThat(segou.postJson("/api/v1/submissions/" + id + "/approval", "{}").status()).isEqualTo(404);
        assertThat(stored(form.instanceId()).path("state").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void theDemoDataFillsTheReviewQueue() {
        String team = java.net.URLEncoder.encode("Équipe ENT 2 Mopti (démo)", UTF_8);

        JsonNode queue = imOfficer().get("/api/v1/submissions?team=" + team).json();

        assertThat(queue.path("total").asInt()).isEqualTo(7);
        assertThat(queue.path("items").findValuesAsString("formId")).contains("nts-hazard-report", "accident-report");
        assertThat(imOfficer().get("/api/v1/app-users").json().path("items").findValuesAsString("displayName"))
                .contains("Point focal Ségou (démo)");
    }

    @Test
    void concurrentPhonesResendingTheirSubmissionsGetEachStoredOnce() throws Exception {
        byte[] template = community(phone(), POINT_MOPTI).finish();
        String instanceId = new String(template, UTF_8).replaceAll("(?s).*<instanceID>([^<]+)</instanceID>.*", "$1");
        List<byte[]> instances = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new String(template, UTF_8).replace(instanceId, "uuid:" + java.util.UUID.randomUUID()).getBytes(UTF_8))
                .toList();
        long before = storedCount();

        List<Integer> statuses;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (byte[] instance : instances) {
                    sent.add(pool.submit(() -> Phone.token(port, phoneUser.token()).submit(instance, Map.of()).status()));
                }
            }
            statuses = new java.util.ArrayList<>();
            for (var future : sent) {
                statuses.add(future.get());
            }
        }

        assertThat(statuses).hasSize(80).containsOnly(201);
        assertThat(storedCount()).isEqualTo(before + 40);
    }

    static Map<String, String> records(JsonNode submission) {
        Map<String, String> records = new java.util.LinkedHashMap<>();
        submission.path("records").forEach(record -> records.put(record.path("kind").asString(), record.path("reference").asString()));
        return records;
    }

    private static JsonNode firstCoordinate(JsonNode geometry) {
        JsonNode node = geometry.path("coordinates");
        while (node.get(0).isArray()) {
            node = node.get(0);
        }
        return node;
    }
}
