package org.balise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Marks a {@code *PostgresTests} class: it runs only when BALISE_TEST_POSTGRES_URL names a PostgreSQL
 * database (user from BALISE_TEST_POSTGRES_USER, default postgres), and is skipped with a message otherwise.
 * Such classes extend an integration test and add {@link PostgresDatabase#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIfEnvironmentVariable(named = "BALISE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "PostgreSQL tests need BALISE_TEST_POSTGRES_URL=jdbc:postgresql://host:port/database (see .ci/run)")
public @interface PostgresTest {
}
