package org.balise;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the application under test at the PostgreSQL database named by BALISE_TEST_POSTGRES_URL. Each
 * {@code *PostgresTests} class gets its own cached application context with its own pool, so pools are kept
 * small and let idle connections go: together they must stay under the server's max_connections (100).
 */
public final class PostgresDatabase {

    private PostgresDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("BALISE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> envOr("BALISE_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> envOr("BALISE_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
