package org.balise.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.balise.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code balise.jar backup} against the running instance (and against a data folder when none runs), then
 * {@code restore} into an empty folder: every table and every stored file comes back the same, and the restored
 * database opens cleanly twice.
 */
class BackupIntegrationTests extends IntegrationTest {

    @TempDir
    Path work;

    @Autowired
    DataSource dataSource;

    private int command(Map<String, String> environment, String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = BackupCommand.run(args, environment, new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.out.println(printed.toString(StandardCharsets.UTF_8));
        return code;
    }

    private Map<String, String> running() {
        return Map.of("BALISE_URL", "http://127.0.0.1:" + port, "BALISE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    @Test
    void aBackupOfTheRunningInstanceRestoresEveryTableAndEveryFile() throws Exception {
        Path backup = work.resolve("balise.zip");
        Path restored = work.resolve("restored");
        assertThat(command(running(), "backup", backup.toString())).isZero();
        // Read after the backup, which is itself audited; nothing else writes meanwhile.
        Map<String, String> before;
        try (Connection live = dataSource.getConnection()) {
            before = tables(live);
        }
        assertThat(command(Map.of("BALISE_DATA_DIR", restored.toString()), "restore", backup.toString())).isZero();

        for (int opening = 0; opening < 2; opening++) {
            try (Connection copy = DriverManager.getConnection(BackupArchive.h2Url(restored) + ";IFEXISTS=TRUE", "sa", "")) {
                assertThat(tables(copy)).as("opening " + (opening + 1)).isEqualTo(before);
            }
        }
        assertThat(before).containsKeys("hzd_area", "arm_facility", "col_submission", "flyway_schema_history");
        assertThat(files(restored.resolve("attachments"))).isEqualTo(files(dataDir().resolve("attachments")));
    }

    @Test
    void withNoInstanceRunningTheBackupReadsTheDataFolder() throws Exception {
        Path first = work.resolve("first.zip");
        assertThat(command(running(), "backup", first.toString())).isZero();
        Path folder = work.resolve("folder");
        assertThat(command(Map.of("BALISE_DATA_DIR", folder.toString()), "restore", first.toString())).isZero();

        Path second = work.resolve("second.zip");
        assertThat(command(Map.of("BALISE_URL", "http://127.0.0.1:9", "BALISE_DATA_DIR", folder.toString()), "backup",
                second.toString())).isZero();
        Path again = work.resolve("again");
        assertThat(command(Map.of("BALISE_DATA_DIR", again.toString()), "restore", second.toString())).isZero();

        try (Connection a = DriverManager.getConnection(BackupArchive.h2Url(folder) + ";IFEXISTS=TRUE", "sa", "");
                Connection b = DriverManager.getConnection(BackupArchive.h2Url(again) + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(tables(b)).isEqualTo(tables(a));
        }
    }

    @Test
    void refusesWhatWouldHarmAndWritesNothing() throws Exception {
        Path backup = work.resolve("ok.zip");
        assertThat(command(running(), "backup", backup.toString())).isZero();
        Path full = work.resolve("full");
        assertThat(command(Map.of("BALISE_DATA_DIR", full.toString()), "restore", backup.toString())).isZero();
        long size = Files.size(full.resolve("db").resolve("balise.mv.db"));

        assertThat(command(Map.of("BALISE_DATA_DIR", full.toString()), "restore", backup.toString())).as("not empty").isEqualTo(1);
        assertThat(Files.size(full.resolve("db").resolve("balise.mv.db"))).isEqualTo(size);

        Path evil = work.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("balise.sql"));
            zip.write("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("attachments/../../escaped.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(command(Map.of("BALISE_DATA_DIR", work.resolve("evil").toString()), "restore", evil.toString())).isEqualTo(1);
        assertThat(work.resolve("escaped.txt")).doesNotExist();
        Path notZip = work.resolve("text.zip");
        Files.writeString(notZip, "not a zip");
        assertThat(command(Map.of("BALISE_DATA_DIR", work.resolve("text").toString()), "restore", notZip.toString())).isEqualTo(1);

        assertThat(command(Map.of("BALISE_URL", "http://127.0.0.1:" + port, "BALISE_ADMIN_USER", "analyst",
                "BALISE_ADMIN_PASSWORD", passwordOf("analyst")), "backup", work.resolve("no.zip").toString())).isEqualTo(1);
        assertThat(work.resolve("no.zip")).doesNotExist();
        assertThat(work.resolve("no.zip.part")).doesNotExist();
        assertThat(command(Map.of(), "backup")).isEqualTo(2);
    }

    /** Each table of the public schema with its row count and a digest of its rows in a fixed order. */
    static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        List<String> names = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            StringBuilder content = new StringBuilder();
            long count = 0;
            int width;
            try (Statement statement = connection.createStatement();
                    ResultSet shape = statement.executeQuery("SELECT * FROM \"" + name + "\" WHERE 1 = 0")) {
                width = shape.getMetaData().getColumnCount();
            }
            String order = java.util.stream.IntStream.rangeClosed(1, width).mapToObj(Integer::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY " + order)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    count++;
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        content.append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value)).append('|');
                    }
                    content.append('\n');
                }
            }
            tables.put(name, count + " rows, " + Integer.toHexString(content.toString().hashCode()));
        }
        return tables;
    }

    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".part")).toList()) {
                files.put(root.relativize(file).toString(), Long.toString(Files.size(file)) + ":" + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
