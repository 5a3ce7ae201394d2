package org.balise.community;

import org.balise.PostgresDatabase;
import org.balise.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The community report tests against PostgreSQL. */
@PostgresTest
class CfpReportPostgresTests extends CfpReportIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
