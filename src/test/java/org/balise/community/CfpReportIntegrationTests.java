package org.balise.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.balise.collection.Phone;
import org.balise.collection.PhoneForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Reports from focal points: filled in javarosa as on the phone, sent, approved into a hazard report or an
 * accident, then followed (received, verified, hazard recorded, cleared) with personal data per role.
 */
class CfpReportIntegrationTests extends IntegrationTest {

    private static final String POINT_SEVARE = "14.5306 -4.0967 270 4.5";

    @TempDir
    Path media;

    private Phone phone;
    private String focalPoint;

    @BeforeEach
    void phoneAndFocalPoint() {
        JsonNode user = admin().postJson("/api/v1/app-users", "{\"displayName\":\"Points focaux Mopti\"}").json();
        phone = Phone.digest(port, user.path("username").asString(), user.path("password").asString());
        String place = im().get("/api/v1/geo/places?q=Sevare&limit=1").json().path("items").get(0).path("pcode").asString();
        focalPoint = im().postJson("/api/v1/focal-points", """
                {"name":"Mariam Dicko","phone":"+223 76 55 44 33","sex":"FEMALE","ageBand":"ADULT","profile":"WOMAN",
                 "placePcode":"%s","languages":"Fulfulde","joinedOn":"2026-01-10"}""".formatted(place)).json()
                .path("reference").asString();
    }

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private TestHttp admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    private TestHttp as(String user) {
        return http().as(user, passwordOf(user));
    }

    /** Pages need a signed-in session. */
    private TestHttp browsing(String user) {
        return user.equals("admin") ? http().signIn(user, ADMIN_PASSWORD) : http().signIn(user, passwordOf(user));
    }

    private PhoneForm itemReport(String code) {
        PhoneForm form = PhoneForm.open(phone.downloadForm("community-report", media), media);
        return form.answer("report_date", LocalDate.now().minusDays(2)).answer("focal_point", code)
                .answer("reporter_name", "Hamadoun Cissé").answer("reporter_phone", "+223 66 12 12 12")
                .answer("region", "ML05").answer("place", firstPlaceIn("ML05")).answer("location", POINT_SEVARE)
                .answer("device_category", "UXO").answer("item_description", "Roquette dans le lit de la mare")
                .answer("marked", "yes");
    }

    private String firstPlaceIn(String region) {
        try (var lines = java.nio.file.Files.lines(media.resolve("places.csv"))) {
            return lines.skip(1).map(line -> line.split(",")).filter(cells -> cells[cells.length - 1].equals(region))
                    .map(cells -> cells[0]).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sends the form and approves it; answers the records the approval produced, by kind. */
    private Map<String, String> sendAndApprove(PhoneForm form, String linkTo) {
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        long id = admin().get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("items").get(0).path("id").asLong();
        TestHttp.Response approved = im().postJson("/api/v1/submissions/" + id + "/approval",
                linkTo == null ? "{}" : "{\"linkTo\":\"" + linkTo + "\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Map<String, String> records = new java.util.HashMap<>();
        approved.json().path("records").forEach(record -> records.put(record.path("kind").asString(), record.path("reference").asString()));
        return records;
    }

    private JsonNode report(String reference) {
        return im().get("/api/v1/cfp-reports/" + reference).json();
    }

    @Test
    void aDangerousItemBecomesAHazardReportAndItsFollowUpIsTold() {
        Map<String, String> records = sendAndApprove(itemReport(focalPoint), null);

        assertThat(records).containsKeys("hazard-report", "cfp-report");
        JsonNode report = report(records.get("cfp-report"));
        assertThat(report.path("kind").asString()).isEqualTo("DANGEROUS_ITEM");
        assertThat(report.path("focalPointReference").asString()).isEqualTo(focalPoint);
        assertThat(report.path("hazardReportReference").asString()).isEqualTo(records.get("hazard-report"));
        assertThat(report.path("reporterName").asString()).isEqualTo("Hamadoun Cissé");
        assertThat(report.path("marked").asBoolean()).isTrue();
        assertThat(report.path("adm1Pcode").asString()).isEqualTo("ML05");
        assertThat(report.path("followUp").asString()).isEqualTo("RECEIVED");
        JsonNode hazard = im().get("/api/v1/hazard-reports/" + records.get("hazard-report")).json();
        assertThat(hazard.path("source").asString()).isEqualTo("COMMUNITY");
        assertThat(hazard.path("reportingOrganisation").asString()).isEqualTo("Focal point " + focalPoint);

        TestHttp.Response verified = im().postJson("/api/v1/cfp-reports/" + records.get("cfp-report") + "/verification",
                "{\"team\":\"Équipe NTS 2\",\"date\":\"" + LocalDate.now().minusDays(1) + "\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("followUp").asString()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("verifiedByTeam").asString()).isEqualTo("Équipe NTS 2");

        TestHttp.Response cleared = im().postJson("/api/v1/hazard-reports/" + records.get("hazard-report") + "/spot-task", """
                {"team":"Équipe EOD 1","visitDate":"%s","destructionMethod":"IN_SITU_DEMOLITION",
                 "devices":[{"category":"UXO","model":"Roquette 107 mm","quantity":1,"condition":"FUZED"}]}"""
                .formatted(LocalDate.now()));
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(201);
        assertThat(report(records.get("cfp-report")).path("followUp").asString()).isEqualTo("CLEARED");
    }

    @Test
    void aReportLinkedToAnOpenAreaIsARecordedHazard() {
        JsonNode area = im().get("/api/v1/hazard-areas?limit=1&status=OPEN&adm1=ML05").json().path("features").get(0);
        JsonNode corner = area.path("geometry").path("type").asString().equals("Point") ? area.path("geometry").path("coordinates")
                : area.path("geometry").path("coordinates").get(0).get(0);
        PhoneForm form = itemReport(focalPoint).answer("location", corner.get(1).asDouble() + " " + corner.get(0).asDouble() + " 0 5");

        Map<String, String> records = sendAndApprove(form, area.path("id").asString());

        JsonNode report = report(records.get("cfp-report"));
        assertThat(report.path("followUp").asString()).isEqualTo("HAZARD_RECORDED");
        assertThat(report.path("areaReference").asString()).isEqualTo(area.path("id").asString());
    }

    @Test
    void anAccidentBecomesAnAccidentWithItsVictimsBySexAndAgeGroup() {
        PhoneForm form = PhoneForm.open(phone.downloadForm("cfp-accident-report", media), media)
                .answer("report_date", LocalDate.now().minusDays(3)).answer("focal_point", focalPoint.toLowerCase())
                .answer("region", "ML05").answer("place", firstPlaceIn("ML05")).answer("location", POINT_SEVARE)
                .answer("device_category", "UNKNOWN").answer("description", "Explosion au passage d’une charrette")
                .repeat("victims", victim -> victim.answer("victim_sex", "FEMALE").answer("victim_age_group", "CHILD")
                        .answer("victim_outcome", "INJURED"))
                .repeat("victims", victim -> victim.answer("victim_sex", "MALE").answer("victim_age_group", "ADULT")
                        .answer("victim_outcome", "KILLED"))
                .repeat("victims", victim -> victim.answer("victim_sex", "UNKNOWN").answer("victim_age_group", "UNKNOWN")
                        .answer("victim_outcome", "INJURED"));

        Map<String, String> records = sendAndApprove(form, null);

        JsonNode accident = im().get("/api/v1/accidents/" + records.get("accident")).json();
        assertThat(accident.path("victims")).hasSize(3);
        assertThat(accident.path("killed").asInt()).isEqualTo(1);
        JsonNode report = report(records.get("cfp-report"));
        assertThat(report.path("kind").asString()).isEqualTo("ACCIDENT");
        assertThat(report.path("focalPointReference").asString()).isEqualTo(focalPoint);
        assertThat(report.path("accidentReference").asString()).isEqualTo(records.get("accident"));
        assertThat(report.path("victims").path("girls").asInt()).isEqualTo(1);
        assertThat(report.path("victims").path("men").asInt()).isEqualTo(1);
        assertThat(report.path("victims").path("unknown").asInt()).isEqualTo(1);
        assertThat(report.path("victims").path("total").asInt()).isEqualTo(3);
        assertThat(report.path("followUp").asString()).isEqualTo("VERIFIED");
        assertThat(im().get("/api/v1/cfp-reports?kind=ACCIDENT&focalPoint=" + focalPoint).json().path("items")
                .findValuesAsString("reference")).containsExactly(records.get("cfp-report"));
    }

    @Test
    void anUnknownFocalPointCodeIsAWarningAndTheReportIsKeptWithoutIt() {
        PhoneForm form = itemReport("CFP-99999");
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        long id = admin().get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("items").get(0).path("id").asLong();
        assertThat(browsing("im.officer").get("/collection/submissions/" + id).body()).contains("CFP-99999");

        JsonNode approved = im().postJson("/api/v1/submissions/" + id + "/approval", "{}").json();
        String reference = StreamSupport.stream(approved.path("records").spliterator(), false)
                .filter(record -> record.path("kind").asString().equals("cfp-report")).findFirst().orElseThrow()
                .path("reference").asString();
        assertThat(report(reference).has("focalPointReference")).isTrue();
        assertThat(report(reference).path("focalPointReference").isNull()).isTrue();
    }

    @Test
    void reportersAreAbsentForRolesThatMayNotSeeThemAndReadingThemIsAudited() {
        String reference = sendAndApprove(itemReport(focalPoint), null).get("cfp-report");

        for (String role : new String[] {"analyst", "field.mopti", "authority", "amd.officer"}) {
            JsonNode report = as(role).get("/api/v1/cfp-reports/" + reference).json();
            assertThat(report.has("reporterName")).as(role).isFalse();
            assertThat(report.has("reporterPhone")).as(role).isFalse();
            assertThat(report.path("followUp").asString()).as(role).isEqualTo("RECEIVED");
            assertThat(as(role).get("/api/v1/cfp-reports?limit=10000").body()).as(role).doesNotContain("Hamadoun Cissé");
            assertThat(as(role).get("/api/v1/cfp-reports/export?format=csv").body()).as(role)
                    .contains(reference).doesNotContain("Hamadoun Cissé").doesNotContain("+223 66 12 12 12");
            assertThat(browsing(role).get("/community/reports/" + reference).body()).as(role).doesNotContain("Hamadoun Cissé");
        }
        assertThat(im().get("/api/v1/cfp-reports/export?format=csv").body()).contains("Hamadoun Cissé");
        assertThat(browsing("im.officer").get("/community/reports/" + reference).body()).contains("Hamadoun Cissé", "+223 66 12 12 12");
        JsonNode reads = admin().get("/api/v1/audit-events?action=CFP_REPORT_READ&limit=10000").json();
        assertThat(reads.path("items").findValuesAsString("entityId")).contains(reference);
    }

    @Test
    void aRegionalTeamSeesOnlyItsRegionsReports() {
        JsonNode reports = as("field.mopti").get("/api/v1/cfp-reports?limit=10000").json();

        assertThat(reports.path("total").asInt()).isPositive();
        assertThat(reports.path("items").findValuesAsString("adm1Pcode")).containsOnly("ML05");
        String elsewhere = im().get("/api/v1/cfp-reports?adm1=ML04&limit=1").json().path("items").get(0).path("reference").asString();
        assertThat(as("field.mopti").get("/api/v1/cfp-reports/" + elsewhere).status()).isEqualTo(404);
    }

    @Test
    void refusesBadVerificationsAndChangesNothing() {
        String reference = sendAndApprove(itemReport(focalPoint), null).get("cfp-report");
        String path = "/api/v1/cfp-reports/" + reference + "/verification";
        String[] refused = {
            "{\"team\":\"\",\"date\":\"" + LocalDate.now() + "\"}",
            "{\"date\":\"" + LocalDate.now() + "\"}",
            "{\"team\":\"Équipe NTS 2\",\"date\":\"" + LocalDate.now().plusDays(1) + "\"}",
            "{\"team\":\"Équipe NTS 2\",\"date\":\"" + LocalDate.now().minusDays(30) + "\"}",
            "{\"team\":\"Équipe NTS 2\",\"date\":\"hier\"}",
            "{\"team\":\"Équipe NTS 2\"}",
            "{\"team\":\"" + "x".repeat(201) + "\",\"date\":\"" + LocalDate.now() + "\"}"};
        for (String body : refused) {
            TestHttp.Response answer = im().postJson(path, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(as("analyst").postJson(path, "{\"team\":\"T\",\"date\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(403);
        assertThat(im().postJson("/api/v1/cfp-reports/CFR-999999/verification", "{\"team\":\"T\",\"date\":\"" + LocalDate.now() + "\"}")
                .status()).isEqualTo(404);
        JsonNode unchanged = report(reference);
        assertThat(unchanged.path("followUp").asString()).isEqualTo("RECEIVED");
        assertThat(unchanged.path("verifiedOn").isNull()).isTrue();

        String accident = im().get("/api/v1/cfp-reports?kind=ACCIDENT&limit=1").json().path("items").get(0).path("reference").asString();
        assertThat(im().postJson("/api/v1/cfp-reports/" + accident + "/verification", "{\"team\":\"T\",\"date\":\"" + LocalDate.now() + "\"}")
                .status()).isEqualTo(409);
        assertThat(im().get("/api/v1/cfp-reports?kind=SOMETHING").status()).isEqualTo(400);
        assertThat(im().get("/api/v1/cfp-reports/figures?by=colour").status()).isEqualTo(400);
    }

    @Test
    void figuresCountWhatTheListHolds() {
        JsonNode all = im().get("/api/v1/cfp-reports?limit=10000").json();
        JsonNode byFollowUp = im().get("/api/v1/cfp-reports/figures?by=follow-up").json();

        int counted = 0;
        for (JsonNode figure : byFollowUp) {
            counted += figure.path("dangerousItems").asInt() + figure.path("accidents").asInt();
            String key = figure.path("key").asString();
            long listed = StreamSupport.stream(all.path("items").spliterator(), false)
                    .filter(item -> item.path("followUp").asString().equals(key)).count();
            assertThat(figure.path("dangerousItems").asInt() + figure.path("accidents").asInt()).as(key).isEqualTo((int) listed);
        }
        assertThat(counted).isEqualTo(all.path("total").asInt()).isPositive();
        assertThat(byFollowUp.findValuesAsString("key")).contains("RECEIVED", "VERIFIED", "CLEARED");
    }

    @Test
    void theNetworkPagesShowTheDashboardMapDataAndTheRegistry() {
        TestHttp analyst = browsing("analyst");
        TestHttp im = browsing("im.officer");
        String dashboard = analyst.get("/community").body();
        assertThat(dashboard).contains("id=\"network-map\"", "id=\"coverage\"", "id=\"reports-by-month\"", "id=\"points-by-region\"");
        JsonNode map = analyst.get("/community/map-data").json();
        assertThat(map.path("features").findValuesAsString("layer")).contains("focal-point", "report");
        assertThat(map.toString()).doesNotContain("Mariam Dicko").doesNotContain("+223 76 55 44 33");
        assertThat(analyst.get("/community/focal-points").body()).contains("id=\"focal-points\"", "CFP-").doesNotContain("Mariam Dicko");
        assertThat(analyst.get("/community/focal-points/" + focalPoint).body()).contains(focalPoint).doesNotContain("Mariam Dicko");
        assertThat(im.get("/community/focal-points/" + focalPoint).body()).contains("Mariam Dicko", "+223 76 55 44 33");
    }

    @Test
    void anImOfficerRegistersAndTrainsAFocalPointFromThePagesAndBadFormsStoreNothing() {
        TestHttp im = browsing("im.officer");
        String csrf = TestHttp.csrfFrom(im.get("/community/focal-points/new"));
        String place = im().get("/api/v1/geo/places?q=Sevare&limit=1").json().path("items").get(0).path("pcode").asString();
        long before = im().get("/api/v1/focal-points?limit=1").json().path("total").asLong();
        Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", csrf, "name", "Seydou Touré", "phone", "+223 70 11 22 33",
                "sex", "MALE", "ageBand", "YOUTH", "profile", "YOUTH", "placePcode", "ML00000000", "joinedOn", "2026-05-02",
                "status", "ACTIVE"));

        TestHttp.Response refused = im.postForm("/community/focal-points", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"problem\"", "placePcode").contains("Seydou Touré");
        assertThat(im().get("/api/v1/focal-points?limit=1").json().path("total").asLong()).isEqualTo(before);

        form.put("placePcode", place);
        TestHttp.Response created = im.postForm("/community/focal-points", form);
        assertThat(created.status()).isEqualTo(302);
        String detail = created.header("Location").replaceFirst("^https?://[^/]+", "");
        String reference = detail.substring(detail.lastIndexOf('/') + 1);
        assertThat(im.get(detail).body()).contains("Seydou Touré", reference);

        TestHttp.Response badTraining = im.postForm(detail + "/trainings", Map.of("_csrf", csrf, "date", "2026-06-01",
                "topic", "Recyclage", "preScore", "140"));
        assertThat(badTraining.body()).contains("class=\"problem\"");
        assertThat(im().get("/api/v1/focal-points/" + reference + "/trainings").json()).isEmpty();
        assertThat(im.postForm(detail + "/trainings", Map.of("_csrf", csrf, "date", "2026-06-01", "topic", "Recyclage",
                "trainer", "Équipe EREE 1", "preScore", "40", "postScore", "85")).status()).isEqualTo(302);
        assertThat(im().get("/api/v1/focal-points/" + reference + "/trainings").json().get(0).path("postScore").asInt()).isEqualTo(85);
        assertThat(browsing("analyst").get("/community/focal-points/new").status()).isEqualTo(403);
    }
}
