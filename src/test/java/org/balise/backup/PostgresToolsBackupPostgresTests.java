package org.balise.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.balise.IntegrationTest;
import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The PostgreSQL backup the README documents, with the standard tools and its exact commands: {@code pg_dump -Fc}
 * and a tar of the attachments, then {@code createdb}, {@code pg_restore} and the tar unpacked elsewhere. Every table
 * and every file comes back the same.
 */
@PostgresTest
class PostgresToolsBackupPostgresTests extends IntegrationTest {

    /** Sign-in sessions come and go while the test runs; they are not data to restore. */
    private static final List<String> TRANSIENT = List.of("spring_session", "spring_session_attributes");

    @TempDir
    Path work;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Test
    void pgDumpAndPgRestoreBringBackEveryTableAndTheAttachmentsEveryFile() throws Exception {
        String url = System.getenv("BALISE_TEST_POSTGRES_URL");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String restored = database + "_restored";
        String host = "127.0.0.1";
        Path dump = work.resolve("balise.dump");
        Path archive = work.resolve("attachments.tgz");
        Path restoredData = Files.createDirectories(work.resolve("restored-data"));

        Files.createDirectories(dataDir().resolve("attachments"));
        run("pg_dump", "-h", host, "-U", "postgres", "-Fc", "-f", dump.toString(), database);
        run("tar", "czf", archive.toString(), "-C", dataDir().toString(), "attachments");
        run("dropdb", "-h", host, "-U", "postgres", "--if-exists", restored);
        run("createdb", "-h", host, "-U", "postgres", restored);
        try {
            run("pg_restore", "-h", host, "-U", "postgres", "-d", restored, dump.toString());
            run("tar", "xzf", archive.toString(), "-C", restoredData.toString());

            try (Connection original = DriverManager.getConnection(url, "postgres", "");
                    Connection copy = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + restored, "postgres", "")) {
                Map<String, String> expected = durable(BackupIntegrationTests.tables(original));
                assertThat(expected).containsKeys("hzd_area", "cas_victim", "arm_weapon", "audit_event");
                assertThat(durable(BackupIntegrationTests.tables(copy))).isEqualTo(expected);
            }
            assertThat(BackupIntegrationTests.files(restoredData.resolve("attachments")))
                    .isEqualTo(BackupIntegrationTests.files(dataDir().resolve("attachments")));
        } finally {
            run("dropdb", "-h", host, "-U", "postgres", "--if-exists", restored);
        }
    }

    private static Map<String, String> durable(Map<String, String> tables) {
        Map<String, String> kept = new TreeMap<>(tables);
        TRANSIENT.forEach(kept::remove);
        return kept;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
