package org.balise.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person of the load benchmark, with credentials of their own: a Balise user of some role, signed in through the
 * sign-in form for the pages (a session cookie, as a browser), HTTP Basic on /api/v1, and a phone (app user) whose
 * token URL takes their submissions.
 */
final class LoadClient {

    /** Who the client is; {@code region} limits a field team to one region (null: the whole country). */
    record Person(String username, String password, String role, String region) {

        /** IM and AMD officers review collected data; analysts and field teams may not open the submission queue. */
        boolean mayReview() {
            return role.equals("IM_OFFICER") || role.equals("AMD_OFFICER");
        }
    }

    /** How long a request took, the size of the answer's body, and what went wrong (null when it was the expected one). */
    record Outcome(long nanos, long bytes, String failure) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final Person person;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    private final String basic;
    private final String phoneToken;
    private final String submissionTemplate;
    private final String boundary = "load-" + UUID.randomUUID();

    LoadClient(URI base, Person person, String phoneToken, String submissionTemplate) {
        this.base = base;
        this.person = person;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((person.username() + ":" + person.password()).getBytes(UTF_8));
        this.phoneToken = phoneToken;
        this.submissionTemplate = submissionTemplate;
    }

    /** As a browser: the sign-in page for its CSRF token, then the form; the session cookie is kept for the pages. */
    void signIn() throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(base.resolve("login")).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + encode(person.username()) + "&password=" + encode(person.password()) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(base.resolve("login")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + person.username() + " failed: HTTP " + signedIn.statusCode() + " to " + location);
        }
    }

    /**
     * Sends a request and reads the whole answer. Expected: 200 for a page or an API read (a redirect, to the sign-in
     * page for instance, is a failure), 201 with an OpenRosaResponse for a submission.
     */
    Outcome send(LoadMix.Request request) {
        long sent = System.nanoTime();
        try {
            if (request.kind().channel == LoadMix.Channel.PHONE) {
                HttpResponse<String> answer = http.send(submission(), HttpResponse.BodyHandlers.ofString());
                boolean ok = answer.statusCode() == 201 && answer.body().contains("<OpenRosaResponse");
                return new Outcome(System.nanoTime() - sent, answer.body().length(),
                        ok ? null : "HTTP " + answer.statusCode() + ": " + shortened(answer.body()));
            }
            HttpRequest.Builder get = HttpRequest.newBuilder(base.resolve(request.path())).timeout(REQUEST_TIMEOUT).GET();
            if (request.kind().channel == LoadMix.Channel.API) {
                get.header("Authorization", basic).header("Accept", "application/json");
            }
            HttpResponse<Long> answer = http.send(get.build(), HttpResponse.BodyHandlers.fromSubscriber(new ByteCounter(), ByteCounter::bytes));
            return new Outcome(System.nanoTime() - sent, answer.body(), answer.statusCode() == 200 ? null
                    : "HTTP " + answer.statusCode() + answer.headers().firstValue("Location").map(to -> " to " + to).orElse(""));
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - sent, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(System.nanoTime() - sent, 0, "interrupted");
        }
    }

    /** Reads a body to its end and counts its bytes without keeping them. */
    private static final class ByteCounter implements Flow.Subscriber<List<ByteBuffer>> {
        private long bytes;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            buffers.forEach(buffer -> bytes += buffer.remaining());
        }

        @Override
        public void onError(Throwable failure) {
            // HttpClient.send throws it
        }

        @Override
        public void onComplete() {
        }

        long bytes() {
            return bytes;
        }
    }

    private HttpRequest submission() {
        String xml = OpenRosaPhone.instance(submissionTemplate, OpenRosaPhone.newInstanceId());
        return HttpRequest.newBuilder(base.resolve("key/" + phoneToken + "/submission")).timeout(REQUEST_TIMEOUT)
                .header(OpenRosaPhone.OPENROSA_VERSION, "1.0").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(OpenRosaPhone.multipartBody(boundary, xml))).build();
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}
