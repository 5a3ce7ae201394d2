package org.balise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the {@code *IntegrationTests}: the whole application on a real port, with an H2 file database in a
 * fresh data folder, the shipped gazetteer and the demo data set (one fixture user per role, passwords
 * {@code <username>-demo-2026}; admin's is {@link #ADMIN_PASSWORD}). Subclasses named {@code *PostgresTests}
 * run the same tests against PostgreSQL (see {@link PostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "balise.demo=true",
        "balise.identity.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "balise.identity.bcrypt-strength=4",
        "logging.level.org.balise=warn"})
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("balise.data-dir", DATA_DIR::toString);
    }

    /** The data folder of the application under test. */
    protected static Path dataDir() {
        return DATA_DIR;
    }

    protected TestHttp http() {
        return new TestHttp(port);
    }

    protected static String passwordOf(String username) {
        return "admin".equals(username) ? ADMIN_PASSWORD : username + "-demo-2026";
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("balise-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
