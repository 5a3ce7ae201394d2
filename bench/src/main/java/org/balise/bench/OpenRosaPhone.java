package org.balise.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benches do as a phone: an app user created by the admin through the API (its token URL
 * {@code /key/<token>/}), the id and version of a form read from its XForm, and unique community-report
 * submissions (multipart, one {@value #XML_PART} part, a new instanceID each).
 */
final class OpenRosaPhone {

    static final String XML_PART = "xml_submission_file";
    static final String OPENROSA_VERSION = "X-OpenRosa-Version";
    private static final String XFORMS = "http://www.w3.org/2002/xforms";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenRosaPhone() {
    }

    record AppUser(String id, String username, String token) {
    }

    record FormInfo(String id, String version, String root) {
    }

    static AppUser createAppUser(HttpClient client, URI base, String adminAuthorization, String displayName)
            throws IOException, InterruptedException {
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("api/v1/app-users"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + displayName + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/app-users answered " + created.statusCode() + ", not 201: " + created.body());
        }
        JsonNode user = JSON.readTree(created.body());
        String token = user.path("token").asString("");
        if (token.isEmpty()) {
            throw new IllegalStateException("POST /api/v1/app-users answered no token: " + created.body());
        }
        return new AppUser(user.path("id").asString("?"), user.path("username").asString("?"), token);
    }

    /** The form's primary instance (the first {@code <instance>} without an id): its root element, id and version. */
    static FormInfo readForm(HttpClient client, URI base, String token, String formId) throws Exception {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(base.resolve("key/" + token + "/forms/" + formId + ".xml"))
                .timeout(REQUEST_TIMEOUT).header(OPENROSA_VERSION, "1.0").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /key/<token>/forms/" + formId + ".xml answered " + answer.statusCode() + ": "
                    + new String(answer.body(), UTF_8));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList instances;
        try (InputStream in = new ByteArrayInputStream(answer.body())) {
            instances = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(XFORMS, "instance");
        }
        for (int i = 0; i < instances.getLength(); i++) {
            Element instance = (Element) instances.item(i);
            if (!instance.hasAttribute("id")) {
                for (Node child = instance.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element root) {
                        if (!formId.equals(root.getAttribute("id"))) {
                            throw new IllegalStateException("The form's instance has id '" + root.getAttribute("id") + "', not " + formId);
                        }
                        return new FormInfo(root.getAttribute("id"), root.getAttribute("version"), root.getLocalName());
                    }
                }
            }
        }
        throw new IllegalStateException("No primary instance in form " + formId);
    }

    /** A filled-in community report; only the instanceID changes from one request to the next. */
    static String instanceTemplate(FormInfo form) {
        String root = form.root();
        return "<?xml version='1.0' encoding='UTF-8' ?><" + root + " id=\"" + form.id() + "\" version=\"" + form.version() + "\">"
                + "<report_date>" + LocalDate.now(ZoneOffset.UTC) + "</report_date><reporter_name>Awa</reporter_name>"
                + "<reporter_phone>+22370000000</reporter_phone><region>ML05</region><place>ML050101001</place>"
                + "<location>14.4936 -4.1942 268.0 4.5</location><device_category>UXO</device_category>"
                + "<item_description>Obus près du puits</item_description><marked>no</marked><photo/>"
                + "<meta><instanceID>INSTANCE_ID</instanceID><instanceName>bench</instanceName></meta></" + root + ">";
    }

    static String instance(String template, String instanceId) {
        return template.replace("INSTANCE_ID", instanceId);
    }

    /** A random version-4 UUID without SecureRandom, so that the client stays cheap. */
    static String newInstanceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return "uuid:" + new UUID(high, low);
    }

    static byte[] multipartBody(String boundary, String xml) {
        return ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + XML_PART + "\"; filename=\"submission.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n"
                + xml + "\r\n"
                + "--" + boundary + "--\r\n").getBytes(UTF_8);
    }
}
