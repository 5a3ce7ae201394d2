package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** What a phone, or someone pretending to be one, may send that must be refused with nothing stored. */
@ExtendWith(OutputCaptureExtension.class)
class OpenRosaRefusalIntegrationTests extends IntegrationTest {

    private static final String VALID = """
            <?xml version='1.0' encoding='UTF-8' ?><data id="community-report" version="2026112802"><report_date>2026-11-20</report_date>\
            <region>ML05</region><place>ML050101001</place><location>14.4936 -4.1942 268.0 4.5</location>\
            <device_category>UXO</device_category><item_description>Obus</item_description><marked>no</marked><photo>p.jpg</photo>\
            <meta><instanceID>uuid:ID</instanceID></meta></data>""";

    private Phone phone;
    private String token;

    @BeforeEach
    void createPhone() {
        JsonNode created = http().as("admin", ADMIN_PASSWORD).postJson("/api/v1/app-users", "{\"displayName\":\"Refusals\"}").json();
        phone = Phone.digest(port, created.path("username").asString(), created.path("password").asString());
        token = created.path("token").asString();
    }

    static Stream<Arguments> hostileSubmissions() {
        String valid = VALID.replace("uuid:ID", "uuid:" + java.util.UUID.randomUUID());
        return Stream.of(
                Arguments.of("external entity", """
                        <?xml version="1.0"?><!DOCTYPE data [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\
                        <data id="community-report" version="2026112802"><item_description>&xxe;</item_description>\
                        <meta><instanceID>uuid:xxe</instanceID></meta></data>""", 400, "DOCTYPE"),
                Arguments.of("entity expansion", """
                        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
                        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
                        <data id="community-report" version="2026112802"><item_description>&lol3;</item_description>\
                        <meta><instanceID>uuid:lol</instanceID></meta></data>""", 400, "DOCTYPE"),
                Arguments.of("not XML", "this is not XML at all {\"json\": true}", 400, "not well-formed"),
                Arguments.of("truncated XML", valid.substring(0, valid.length() / 2), 400, "not well-formed"),
                Arguments.of("no instanceID", valid.replaceAll("<meta>.*</meta>", "<meta/>"), 400, "instanceID"),
                Arguments.of("instanceID with markup", valid.replaceAll("<instanceID>[^<]*", "<instanceID>uuid:a/../b c"), 400, "instanceID"),
                Arguments.of("no form id", valid.replace(" id=\"community-report\"", ""), 400, "form id"),
                Arguments.of("wrong root element", valid.replace("<data ", "<report ").replace("</data>", "</report>"), 400, "root element"),
                Arguments.of("unknown form", valid.replace("community-report", "no-such-form"), 404, "not on this server"),
                Arguments.of("unknown version", valid.replace("2026112802", "1999"), 400, "Version '1999'"),
                Arguments.of("edit of an unknown submission", valid.replace("</instanceID>", "</instanceID><deprecatedID>uuid:never-sent</deprecatedID>"),
                        404, "never-sent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSubmissions")
    void refusesHostileOrBrokenSubmissionsAndStoresNothing(String what, String xml, int status, String message) {
        long before = storedCount();
        long files = attachmentFiles();

        Phone.Answer answer = phone.submit(xml.getBytes(UTF_8), Map.of("p.jpg", "photo".getBytes(UTF_8)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("X-OpenRosa-Version")).isEqualTo("1.0");
        assertThat(answer.text()).startsWith("<?xml").contains("<OpenRosaResponse").contains(message).doesNotContain("root:");
        assertThat(storedCount()).isEqualTo(before);
        assertThat(attachmentFiles()).isEqualTo(files);
    }

    @Test
    void refusesAMultipartWithoutTheSubmissionPart() {
        long before = storedCount();
        Map<String, Phone.Part> parts = new LinkedHashMap<>();
        parts.put("p.jpg", new Phone.Part("p.jpg", "image/jpeg", "photo".getBytes(UTF_8)));

        Phone.Answer answer = phone.submitParts(parts);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("xml_submission_file");
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void refusesABodyThatIsNotMultipart() {
        Phone.Answer answer = phone.post("/submission", "text/xml", VALID.getBytes(UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.text()).contains("multipart/form-data");
    }

    @Test
    void refusesAttachmentNamesWithFolders() {
        long before = storedCount();
        long files = attachmentFiles();
        String xml = VALID.replace("uuid:ID", "uuid:path-" + System.nanoTime()).replace("<photo>p.jpg</photo>", "<photo>../../etc/p.jpg</photo>");
        Map<String, Phone.Part> parts = new LinkedHashMap<>();
        parts.put("xml_submission_file", new Phone.Part("submission.xml", "text/xml", xml.getBytes(UTF_8)));
        parts.put("../../etc/p.jpg", new Phone.Part("../../etc/p.jpg", "image/jpeg", "photo".getBytes(UTF_8)));

        Phone.Answer answer = phone.submitParts(parts);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("plain file names");
        assertThat(storedCount()).isEqualTo(before);
        assertThat(attachmentFiles()).isEqualTo(files);
    }

    @Test
    void refusesARequestWithoutTheOpenRosaHeader() {
        TestHttp.Response answer = http().get("/formList");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-OpenRosa-Version")).isEqualTo("1.0");
        assertThat(answer.body()).contains("X-OpenRosa-Version");
    }

    @Test
    void refusesAnAnnouncedOversizeBodyWithA413BeforeReadingIt() throws Exception {
        long tooLarge = Long.parseLong(phone.head("/submission").header("X-OpenRosa-Accept-Content-Length")) + 1;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/key/" + token + "/submission"))
                .header("X-OpenRosa-Version", "1.0").header("Content-Type", "multipart/form-data; boundary=x")
                .expectContinue(true).POST(new EndlessBody(tooLarge)).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("OpenRosaResponse").contains("larger than");
    }

    @Test
    void refusesAnOversizeFileWithA413() {
        long before = storedCount();
        String xml = VALID.replace("uuid:ID", "uuid:big-" + System.nanoTime());
        byte[] photo = new byte[51 * 1024 * 1024];

        Phone.Answer answer = phone.submit(xml.getBytes(UTF_8), Map.of("p.jpg", photo));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.text()).contains("OpenRosaResponse");
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void tokensNeverReachTheLog(CapturedOutput output) {
        Phone byToken = Phone.token(port, token);
        byToken.get("/formList");
        byToken.get("/forms/no-such-form.xml");
        byToken.get("/forms/community-report/media/../../etc/passwd");
        byToken.submit("not xml".getBytes(UTF_8), Map.of());

        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void peopleCannotUseThePhoneAddressesWithTheirAccounts() {
        Phone.Answer answer = Phone.basic(port, "admin", ADMIN_PASSWORD).get("/formList");

        assertThat(answer.status()).isEqualTo(401);
    }

    private long storedCount() {
        return StoredSubmissions.count(http().as("admin", ADMIN_PASSWORD));
    }

    private long attachmentFiles() {
        return StoredSubmissions.attachmentFiles(dataDir());
    }

    /** A body announced with a length but produced only if the server asks for it. */
    private record EndlessBody(long length) implements HttpRequest.BodyPublisher {

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                long sent;

                @Override
                public void request(long n) {
                    for (long i = 0; i < n && sent < length; i++) {
                        int size = (int) Math.min(65_536, length - sent);
                        sent += size;
                        subscriber.onNext(ByteBuffer.allocate(size));
                    }
                    if (sent >= length) {
                        subscriber.onComplete();
                    }
                }

                @Override
                public void cancel() {
                    sent = length;
                }
            });
        }
    }
}
