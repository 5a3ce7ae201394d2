package org.balise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for integration tests: requests go through Tomcat, the filters and the security chains. */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public TestHttp(int port) {
        this(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build());
    }

    private TestHttp(int port, HttpClient client) {
        this.port = port;
        this.client = client;
    }

    /** The same browser (its cookies, so its session) talking to another server on this host, as behind a load balancer. */
    public TestHttp onPort(int otherPort) {
        TestHttp other = new TestHttp(otherPort, client);
        other.headers.putAll(headers);
        return other;
    }

    public TestHttp as(String username, String password) {
        String credentials = username + ":" + password;
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public TestHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** The raw bytes of a GET's answer (a workbook, a photo), failing on any status but 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A form POST as a browser sends it, with the CSRF token of the last page read by {@link #csrfFrom}. */
    public Response postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Any method, with a JSON body for those that carry one. */
    public Response request(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder builder = request(path).method(method, body);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder);
    }

    /** Any method with raw bytes as the body (null for none), sent as they are: for malformed and hostile input. */
    public Response requestBytes(String method, String path, String contentType, byte[] bytes) {
        HttpRequest.BodyPublisher body = bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest.Builder builder = request(path).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** The CSRF token of a page's forms. */
    public static String csrfFrom(Response page) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    /** Signs in through the sign-in form; the session cookie is kept for the following requests. */
    public TestHttp signIn(String username, String password) {
        String csrf = csrfFrom(get("/login"));
        Response response = postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
        if (response.status() != 302 || !response.header("Location").endsWith("/")) {
            throw new IllegalStateException("Sign-in failed: " + response.status() + " " + response.header("Location"));
        }
        return this;
    }

    /** A multipart/form-data POST: each part is a text field, or a file when given as {@link FilePart}. */
    public Response postMultipart(String path, Map<String, Object> parts) {
        String boundary = "----balise" + UUID.randomUUID();
        List<byte[]> body = new ArrayList<>();
        for (var part : parts.entrySet()) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
            if (part.getValue() instanceof FilePart file) {
                head.append("Content-Disposition: form-data; name=\"").append(part.getKey()).append("\"; filename=\"")
                        .append(file.fileName()).append("\"\r\nContent-Type: application/geo+json\r\n\r\n");
                body.add(head.toString().getBytes(StandardCharsets.UTF_8));
                body.add(file.content());
            } else {
                head.append("Content-Disposition: form-data; name=\"").append(part.getKey()).append("\"\r\n\r\n")
                        .append(part.getValue());
                body.add(head.toString().getBytes(StandardCharsets.UTF_8));
            }
            body.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body)));
    }

    public record FilePart(String fileName, byte[] content) {
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }
    }
}
