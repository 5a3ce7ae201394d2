package org.balise.collection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ODK Collect's side of OpenRosa for tests: every request carries {@code X-OpenRosa-Version}, answers HTTP
 * Digest challenges as Collect does (qop=auth), downloads a form's media into a folder, and submits multipart
 * bodies with {@code xml_submission_file} and the attachments.
 */
public final class Phone {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String username;
    private final String password;
    private final boolean basic;
    private boolean chunked;
    private int nonceCount;

    private Phone(String base, String username, String password, boolean basic) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.basic = basic;
    }

    public static Phone digest(int port, String username, String password) {
        return new Phone("http://127.0.0.1:" + port, username, password, false);
    }

    static Phone basic(int port, String username, String password) {
        return new Phone("http://127.0.0.1:" + port, username, password, true);
    }

    static Phone token(int port, String token) {
        return new Phone("http://127.0.0.1:" + port + "/key/" + token, null, null, false);
    }

    /** Sends bodies without a length (Transfer-Encoding: chunked), as some clients stream large uploads. */
    Phone chunked() {
        chunked = true;
        return this;
    }

    public record Answer(int status, byte[] body, Map<String, List<String>> headers) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer head(String path) {
        return send("HEAD", path, null, null);
    }

    /** Downloads the form and its media files as Collect does before the user can fill it. */
    public byte[] downloadForm(String formId, Path mediaDir) {
        Answer form = get("/forms/" + formId + ".xml");
        if (form.status() != 200) {
            throw new IllegalStateException("Form download answered " + form.status());
        }
        Answer manifest = get("/forms/" + formId + "/manifest");
        Matcher file = Pattern.compile("<filename>([^<]+)</filename>").matcher(manifest.text());
        while (file.find()) {
            Answer media = get("/forms/" + formId + "/media/" + file.group(1));
            try {
                Files.write(mediaDir.resolve(file.group(1)), media.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return form.body();
    }

    /** Submits an instance with attachments (name to content) as Collect does. */
    public Answer submit(byte[] instanceXml, Map<String, byte[]> attachments) {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("xml_submission_file", new Part("submission.xml", "text/xml", instanceXml));
        attachments.forEach((name, content) -> parts.put(name, new Part(name, "image/jpeg", content)));
        return submitParts(parts);
    }

    record Part(String fileName, String contentType, byte[] content) {
    }

    Answer submitParts(Map<String, Part> parts) {
        String boundary = "----collect" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, part) -> {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + part.fileName() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/submission", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    Answer post(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, body);
    }

    private Answer send(String method, String path, String contentType, byte[] body) {
        Answer answer = exchange(method, path, contentType, body, basic ? basicHeader() : null);
        String challenge = answer.header("WWW-Authenticate");
        if (answer.status() == 401 && username != null && !basic && challenge != null && challenge.startsWith("Digest")) {
            answer = exchange(method, path, contentType, body, digestHeader(challenge, method, URI.create(base + path).getRawPath()));
        }
        return answer;
    }

    private Answer exchange(String method, String path, String contentType, byte[] body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-OpenRosa-Version", "1.0")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String digestHeader(String challenge, String method, String uri) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(challenge);
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2));
        }
        String realm = params.get("realm");
        String nonce = params.get("nonce");
        String nc = String.format("%08x", ++nonceCount);
        String cnonce = UUID.randomUUID().toString().replace("-", "");
        String ha1 = md5(username + ":" + realm + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        List<String> fields = new ArrayList<>(List.of("username=\"" + username + "\"", "realm=\"" + realm + "\"",
                "nonce=\"" + nonce + "\"", "uri=\"" + uri + "\"", "qop=auth", "nc=" + nc, "cnonce=\"" + cnonce + "\"",
                "response=\"" + response + "\""));
        return "Digest " + String.join(", ", fields);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
