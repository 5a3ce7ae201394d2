package org.balise.arms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.balise.collection.Phone;
import org.balise.collection.PhoneForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The store assessment form: generated from the template and kept in step with it, filled in javarosa, sent from
 * a phone, reviewed by an AMD officer only and approved into an assessment.
 */
class ArmsSubmissionIntegrationTests extends IntegrationTest {

    @TempDir
    Path media;

    private static String form() throws IOException {
        try (InputStream in = ArmsSubmissionIntegrationTests.class.getResourceAsStream("/collection/forms/arms-assessment.xml")) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    @Test
    void theFormAsksEveryQuestionOfTheTemplateAndNeverOffersNotApplicableForACriticalOne() throws IOException {
        String xml = form();
        JsonNode template = http().as("amd.officer", passwordOf("amd.officer")).get("/api/v1/assessment-templates").json().get(0);
        int questions = 0;
        for (JsonNode section : template.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                questions++;
                String name = question.path("code").asString().toLowerCase().replace('-', '_');
                String path = "/data/" + section.path("code").asString().toLowerCase() + "/" + name;
                assertThat(xml).as(path).contains("<select1 ref=\"" + path + "\">");
                Matcher select = Pattern.compile("<select1 ref=\"" + Pattern.quote(path) + "\">(.*?)</select1>", Pattern.DOTALL).matcher(xml);
                assertThat(select.find()).isTrue();
                if (question.path("critical").asBoolean()) {
                    assertThat(select.group(1)).as(path).doesNotContain("NOT_APPLICABLE");
                }
            }
        }
        assertThat(questions).isEqualTo(35);
        assertThat(PhoneForm.open(xml.getBytes(UTF_8), media).translations().keySet()).containsExactly("English", "French");
    }

    @Test
    void aPhonesAssessmentIsReviewedByAnAmdOfficerOnlyAndBecomesAnAssessment() throws IOException {
        var admin = http().as("admin", ADMIN_PASSWORD);
        TestHttp amd = http().as("amd.officer", passwordOf("amd.officer"));
        String facility = amd.get("/api/v1/facilities").json().path("items").get(0).path("reference").asString();
        String type = amd.get("/api/v1/facilities/" + facility).json().path("type").asString();
        JsonNode user = admin.postJson("/api/v1/app-users", "{\"displayName\":\"Équipe PSSM terrain\"}").json();
        Phone phone = Phone.digest(port, user.path("username").asString(), user.path("password").asString());
        PhoneForm form = PhoneForm.open(phone.downloadForm("arms-assessment", media), media)
                .answer("facility", facility.toLowerCase()).answer("assessed_on", LocalDate.now().minusDays(1))
                .answer("assessor", "Équipe PSSM terrain");
        JsonNode template = amd.get("/api/v1/assessment-templates").json().get(0);
        for (JsonNode section : template.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                String name = question.path("code").asString().toLowerCase().replace('-', '_');
                form.answer(name, question.path("code").asString().equals("KEY-1") ? "NO" : "YES");
            }
        }
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);

        assertThat(http().as("im.officer", passwordOf("im.officer")).get("/api/v1/submissions?formId=arms-assessment").json()
                .path("total").asInt()).isZero();
        long id = admin.get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("items").get(0).path("id").asLong();
        assertThat(http().as("im.officer", passwordOf("im.officer")).postJson("/api/v1/submissions/" + id + "/approval", "{}").status())
                .isIn(403, 404);

        TestHttp.Response approved = amd.postJson("/api/v1/submissions/" + id + "/approval", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String assessment = approved.json().path("records").get(0).path("reference").asString();
        JsonNode recorded = amd.get("/api/v1/facilities/" + facility + "/assessments/" + assessment).json();
        assertThat(recorded.path("levelReached").asInt()).as(type).isZero();
        assertThat(recorded.path("failing").get(0).path("questionCode").asString()).isEqualTo("KEY-1");
    }
}
