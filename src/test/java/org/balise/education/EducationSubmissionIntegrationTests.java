package org.balise.education;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.balise.IntegrationTest;
import org.balise.collection.PhoneForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The session form filled in javarosa (Collect's engine), sent as a phone sends it, and approved into a session. */
class EducationSubmissionIntegrationTests extends IntegrationTest {

    @TempDir
    Path media;

    @Test
    void aSessionFilledOnThePhoneBecomesASessionOnceApproved() throws Exception {
        var admin = http().as("admin", ADMIN_PASSWORD);
        JsonNode phone = admin.postJson("/api/v1/app-users", "{\"displayName\":\"Équipe EREE 3\"}").json();
        String token = phone.path("token").asString();
        byte[] formXml = download(token, "/forms/eore-session.xml");
        Files.write(media.resolve("regions.csv"), download(token, "/forms/eore-session/media/regions.csv"));
        Files.write(media.resolve("places.csv"), download(token, "/forms/eore-session/media/places.csv"));

        PhoneForm form = PhoneForm.open(formXml, media).answer("session_date", LocalDate.now().minusDays(1))
                .answer("team", "Équipe EREE 3").answer("region", "ML05").answer("place", placeIn("ML05"))
                .answer("location", "14.4936 -4.1942 268 4.5").answer("method", "HOUSE_TO_HOUSE")
                .answer("audience", "INTERNALLY_DISPLACED").answer("language", "Fulfulde")
                .answer("messages", List.of("DO_NOT_TOUCH", "KEEP_AWAY")).answer("girls", 7).answer("boys", 5)
                .answer("women", 11).answer("men", 4).answer("disabled", 2).answer("repeat_session", "no");
        byte[] instance = form.finish();
        assertThat(new String(instance, UTF_8)).contains("<attendance>27</attendance>");

        assertThat(submit(token, instance)).isEqualTo(201);
        JsonNode stored = admin.get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("items").get(0);
        JsonNode approved = http().as("im.officer", passwordOf("im.officer"))
                .postJson("/api/v1/submissions/" + stored.path("id").asLong() + "/approval", "{}").json();

        String reference = approved.path("records").get(0).path("reference").asString();
        JsonNode session = admin.get("/api/v1/eore-sessions/" + reference).json();
        assertThat(session.path("attendance").asInt()).isEqualTo(27);
        assertThat(session.path("method").asString()).isEqualTo("HOUSE_TO_HOUSE");
        assertThat(session.path("beneficiaries").path("disabled").asInt()).isEqualTo(2);
    }

    @Test
    void thePhoneRefusesMorePersonsWithDisabilitiesThanParticipants() throws Exception {
        JsonNode phone = http().as("admin", ADMIN_PASSWORD).postJson("/api/v1/app-users", "{\"displayName\":\"EREE 4\"}").json();
        String token = phone.path("token").asString();
        byte[] formXml = download(token, "/forms/eore-session.xml");
        Files.write(media.resolve("regions.csv"), download(token, "/forms/eore-session/media/regions.csv"));
        Files.write(media.resolve("places.csv"), download(token, "/forms/eore-session/media/places.csv"));

        PhoneForm form = PhoneForm.open(formXml, media).answer("region", "ML05").answer("place", placeIn("ML05"))
                .answer("location", "14.4936 -4.1942 268 4.5").answer("method", "SCHOOL").answer("audience", "PUPILS")
                .answer("messages", List.of("DO_NOT_TOUCH")).answer("girls", 1).answer("boys", 1).answer("women", 0)
                .answer("men", 0).answer("disabled", 3).answer("repeat_session", "no");

        assertThatThrownBy(form::finish).isInstanceOf(AssertionError.class).hasMessageContaining("disabled");
    }

    private byte[] download(String token, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/key/" + token + path))
                .header("X-OpenRosa-Version", "1.0").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private int submit(String token, byte[] instance) throws Exception {
        String boundary = "----eore";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; filename=\"s.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n").getBytes(UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(instance);
        body.writeBytes(tail);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/key/" + token + "/submission"))
                .header("X-OpenRosa-Version", "1.0").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String placeIn(String region) {
        try (Stream<String> lines = Files.lines(media.resolve("places.csv"), UTF_8)) {
            return lines.skip(1).map(line -> line.split(",")).filter(cells -> cells[cells.length - 1].equals(region))
                    .map(cells -> cells[0]).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
