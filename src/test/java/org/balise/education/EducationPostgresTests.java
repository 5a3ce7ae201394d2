package org.balise.education;

import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The risk education tests against PostgreSQL. */
@PostgresTest
class EducationPostgresTests extends EducationIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
