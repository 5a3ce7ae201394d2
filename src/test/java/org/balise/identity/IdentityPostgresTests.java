package org.balise.identity;

import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The identity integration tests against PostgreSQL. */
@PostgresTest
class IdentityPostgresTests extends IdentityIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
