package org.balise.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

/**
 * Lets one instance at a time run the startup tasks when several share a PostgreSQL database: a session-level
 * advisory lock, held on its own connection while the tasks run, so that two instances starting together do not
 * both load the gazetteer or the demo data. The second waits, then finds the work done. H2 needs none: its
 * database file belongs to one process.
 */
@Repository
class StartupLock {

    /** An arbitrary key of Balise's own, the same on every instance. */
    private static final long KEY = 0x42414c495345L;

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void holding(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (postgres) {
                execute(connection, "SELECT pg_advisory_lock(" + KEY + ")");
            }
            try {
                work.run();
            } finally {
                if (postgres) {
                    execute(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The startup lock could not be taken", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
