package org.balise;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rules of personal, sensitive and regional reads against PostgreSQL. */
@PostgresTest
class SensitiveReadsPostgresTests extends SensitiveReadsIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
