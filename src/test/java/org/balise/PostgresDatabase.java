package org.balise;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the application under test at the PostgreSQL database named by BALISE_TEST_POSTGRES_URL. */
public final class PostgresDatabase {

    private PostgresDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("BALISE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> envOr("BALISE_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> envOr("BALISE_TEST_POSTGRES_PASSWORD", ""));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
