package org.balise.geography;

import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The geography integration tests against PostgreSQL. */
@PostgresTest
class GeographyPostgresTests extends GeographyIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
