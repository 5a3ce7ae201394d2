package org.balise.hostile;

import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same corpus against PostgreSQL, which refuses what H2 lets through (a NUL in text, for one). */
@PostgresTest
class InjectionStringsPostgresTests extends InjectionStringsIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
