package org.balise.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

/**
 * {@code java -jar balise.jar backup <file>} and {@code restore <file>}, without the web server. A backup asks the
 * running instance (BALISE_URL, default http://127.0.0.1:8080, as admin with BALISE_ADMIN_PASSWORD); when none
 * answers, it opens the database in the data folder (BALISE_DATA_DIR, default ./data) itself. A restore fills an
 * empty data folder.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; answers the process exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length != 2) {
            out.println("Usage: java -jar balise.jar backup <file.zip> | restore <file.zip>");
            return 2;
        }
        Path file = Path.of(args[1]);
        Path dataDir = Path.of(environment.getOrDefault("BALISE_DATA_DIR", "./data"));
        try {
            if (args[0].equals("restore")) {
                try (InputStream in = Files.newInputStream(file)) {
                    BackupArchive.restore(in, dataDir);
                }
                out.println("Restored " + file + " into " + dataDir.toAbsolutePath());
                return 0;
            }
            Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
            String source;
            try (OutputStream target = Files.newOutputStream(partial)) {
                source = fromRunningInstance(environment, target) ? "the running instance" : fromDataFolder(dataDir, target);
            } catch (IOException | RuntimeException | SQLException | InterruptedException e) {
                // A backup is whole or absent: never leave a piece of one under any name.
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backed up " + source + " to " + file + " (" + Files.size(file) + " bytes)");
            return 0;
        } catch (IOException | RuntimeException | SQLException e) {
            out.println("Failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** False when no instance answers at the address; a refusal by a running instance is an error. */
    private static boolean fromRunningInstance(Map<String, String> environment, OutputStream target)
            throws IOException, InterruptedException {
        String url = environment.getOrDefault("BALISE_URL", "http://127.0.0.1:8080");
        String credentials = environment.getOrDefault("BALISE_ADMIN_USER", "admin") + ":" + environment.getOrDefault("BALISE_ADMIN_PASSWORD", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/admin/backup"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<InputStream> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            return false;
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("The instance at " + url + " refused the backup: HTTP " + response.statusCode()
                        + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            body.transferTo(target);
        }
        return true;
    }

    private static String fromDataFolder(Path dataDir, OutputStream target) throws SQLException {
        if (!Files.exists(dataDir.resolve("db").resolve("balise.mv.db"))) {
            throw new IllegalArgumentException("No instance answers and " + dataDir.toAbsolutePath() + " holds no database");
        }
        try (Connection connection = DriverManager.getConnection(BackupArchive.h2Url(dataDir) + ";IFEXISTS=TRUE", "sa", "")) {
            BackupArchive.write(connection, dataDir.resolve("attachments"), target);
        }
        return "the data folder " + dataDir.toAbsolutePath();
    }
}
