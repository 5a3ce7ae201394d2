package org.balise.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One zip holding the database as H2's {@code SCRIPT} (read in one statement, so one consistent state) and then
 * the stored files. Files are written before the commit that refers to them and never change, so every file
 * the script refers to is already there when they are copied after it.
 */
public final class BackupArchive {

    static final String SCRIPT_ENTRY = "balise.sql";
    static final String FILES_PREFIX = "attachments/";
    /** The settings Balise opens its H2 database with (application.properties), for a restored database too. */
    public static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    private BackupArchive() {
    }

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("balise").toAbsolutePath() + H2_SETTINGS;
    }

    /** Writes the backup of the database behind {@code connection} and of the files under {@code files}. */
    public static void write(Connection connection, Path files, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
            BufferedWriter script = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SCRIPT")) {
                while (rows.next()) {
                    script.write(rows.getString(1));
                    script.write('\n');
                }
            }
            script.flush();
            zip.closeEntry();
            if (Files.isDirectory(files)) {
                List<Path> all;
                try (Stream<Path> walk = Files.walk(files)) {
                    all = walk.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().endsWith(".part")).sorted().toList();
                }
                for (Path file : all) {
                    zip.putNextEntry(new ZipEntry(FILES_PREFIX + files.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database for the backup", e);
        }
    }

    /**
     * Restores a backup into an empty data folder: the database from the script, the files beside it. Refuses a
     * folder that already holds a database, and any entry whose name would leave the folder.
     */
    public static void restore(InputStream backup, Path dataDir) {
        Path database = dataDir.resolve("db").resolve("balise.mv.db");
        if (Files.exists(database)) {
            throw new IllegalArgumentException("The data folder " + dataDir + " already holds a database: restore into an empty one");
        }
        Path files = dataDir.resolve("attachments").toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir.resolve("db"));
            Path script = Files.createTempFile(dataDir, "restore-", ".sql");
            boolean sawScript = false;
            try (ZipInputStream zip = new ZipInputStream(backup)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(SCRIPT_ENTRY)) {
                        Files.copy(zip, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        sawScript = true;
                    } else if (entry.getName().startsWith(FILES_PREFIX) && !entry.isDirectory()) {
                        Path target = files.resolve(entry.getName().substring(FILES_PREFIX.length())).normalize();
                        if (!target.startsWith(files)) {
                            throw new IllegalArgumentException("The backup entry " + entry.getName() + " points outside the data folder");
                        }
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    } else {
                        throw new IllegalArgumentException("Not a Balise backup: unexpected entry " + entry.getName());
                    }
                }
            }
            if (!sawScript) {
                throw new IllegalArgumentException("Not a Balise backup: no " + SCRIPT_ENTRY);
            }
            try (Connection connection = DriverManager.getConnection(h2Url(dataDir), "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the backup's database script", e);
        }
    }
}
