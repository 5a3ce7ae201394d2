package org.balise.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Balise in a process of its own, started from the compiled classes ({@code java -cp <runtime classpath>
 * org.balise.BaliseApplication}) on a free port, on the embedded H2 database of its data folder or on a PostgreSQL
 * database, with the first admin's password set; its output goes to a log file.
 */
final class BaliseServer {

    /**
     * What to start: {@code postgresUrl} null means the embedded H2 database under {@code dataDir}; {@code jvmOptions}
     * go before the class name, {@code arguments} (Spring properties) after the ones this class sets.
     */
    record Settings(String classpath, Path dataDir, String postgresUrl, String adminPassword, List<String> jvmOptions,
            List<String> arguments) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;

    private BaliseServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BaliseServer start(Settings settings, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-cp", settings.classpath(), "org.balise.BaliseApplication",
                "--balise.data-dir=" + settings.dataDir(), "--server.port=" + port));
        if (settings.postgresUrl() != null) {
            command.add("--spring.datasource.url=" + settings.postgresUrl());
            command.add("--spring.datasource.username=postgres");
            command.add("--spring.datasource.password=");
        }
        command.addAll(settings.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BALISE_ADMIN_PASSWORD", settings.adminPassword());
        return new BaliseServer(builder.start(), port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Waits until /actuator/health answers 200 (reference data loaded); false when the process ended or time ran out. */
    boolean awaitHealthy(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("actuator/health")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** SIGKILL on Unix: no shutdown hook, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if the server has not stopped within 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
