package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submission answered 201 survives a {@code kill -9} of the server the next instant: Balise runs in its own
 * process on the embedded database, phones send without pause, the process is killed, restarted on the same
 * data folder, and every acknowledged submission must be there.
 */
class SubmissionCrashIntegrationTests {

    private static final String ADMIN_PASSWORD = "crash-test-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUBMISSION = """
            <?xml version='1.0' encoding='UTF-8' ?><data id="community-report" version="2026112802"><report_date>2026-11-20</report_date>\
            <region>ML05</region><place>ML050101001</place><location>14.4936 -4.1942 268.0 4.5</location>\
            <device_category>UXO</device_category><item_description>Obus</item_description><marked>no</marked><photo/>\
            <meta><instanceID>THE-ID</instanceID></meta></data>""";

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillDashNine() throws Exception {
        int port = freePort();
        Process server = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            String token = createPhone(port);
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService phones = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                phones.submit(() -> {
                    while (sending.get()) {
                        String instanceId = "uuid:" + UUID.randomUUID();
                        try {
                            if (submit(port, token, instanceId) == 201) {
                                acknowledged.add(instanceId);
                            }
                        } catch (IOException | InterruptedException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            sending.set(false);
            phones.shutdown();
            phones.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("submissions acknowledged before the kill").hasSizeGreaterThan(50);

        Process restarted = start(port);
        try {
            Set<String> stored = storedInstanceIds(port);
            assertThat(stored).containsAll(acknowledged);
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.balise.BaliseApplication", "--server.port=" + port, "--balise.data-dir=" + dataDir,
                "--balise.identity.bcrypt-strength=4", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + Instant.now().toEpochMilli() + ".log").toFile());
        builder.environment().put("BALISE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Balise stopped at start-up: " + logs());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("UP")) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Balise did not start in 2 minutes: " + logs());
    }

    private String createPhone(int port) throws Exception {
        HttpResponse<String> created = client.send(admin(port, "/api/v1/app-users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Crash phone\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).path("token").asString();
    }

    private int submit(int port, String token, String instanceId) throws IOException, InterruptedException {
        String boundary = "----crash" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; filename=\"s.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + SUBMISSION.replace("THE-ID", instanceId) + "\r\n--" + boundary + "--\r\n";
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/key/" + token + "/submission"))
                .header("X-OpenRosa-Version", "1.0").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Set<String> storedInstanceIds(int port) throws Exception {
        Set<String> stored = new HashSet<>();
        for (int offset = 0; ; offset += 10_000) {
            HttpResponse<String> page = client.send(admin(port, "/api/v1/submissions?formId=community-report&limit=10000&offset=" + offset)
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode items = JSON.readTree(page.body()).path("items");
            items.forEach(item -> stored.add(item.path("instanceId").asString()));
            if (items.size() < 10_000) {
                return stored;
            }
        }
    }

    private HttpRequest.Builder admin(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(UTF_8)));
    }

    private String logs() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(dataDir)) {
            for (Path log : files.filter(path -> path.toString().endsWith(".log")).toList()) {
                lines.addAll(Files.readAllLines(log));
            }
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
