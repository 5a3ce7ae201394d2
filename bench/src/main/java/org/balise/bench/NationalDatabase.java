package org.balise.bench;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.HazardArea;
import org.flywaydb.core.Flyway;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@link NationalData} set in a real Balise database: the schema from the product's Flyway migrations, then the
 * hazardous areas written as the product writes them (used by the prioritisation benchmark for the bbox query).
 */
final class NationalDatabase {

    /** Flyway logs through java.util.logging here, warnings only (held, so that the level is not collected away). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Instant LOADED_AT = Instant.parse("2026-11-28T08:00:00Z");
    private static final int BATCH = 1_000;

    private NationalDatabase() {
    }

    static void migrate(String url, String user, String password) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
    }

    /** In batches of 1,000, every NOT NULL column filled as {@code HazardRepository.insert} fills it. */
    static void insertAreas(Connection connection, List<HazardArea> areas) throws SQLException {
        connection.setAutoCommit(false);
        WKBWriter writer = new WKBWriter();
        OffsetDateTime at = LOADED_AT.atOffset(ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO hzd_area (reference, name, area_type, status, device_categories, blocked_land_use, women, men,
                    girls, boys, reporting_organisation, information_date, geom_wkb, min_x, min_y, max_x, max_y, area_m2,
                    released_m2, gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm2_name, adm3_pcode, adm3_name, version,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int pending = 0;
            for (HazardArea area : areas) {
                AreaDetails details = area.details();
                Envelope box = details.geometry().getEnvelopeInternal();
                int p = 1;
                statement.setString(p++, area.reference());
                statement.setString(p++, details.name());
                statement.setString(p++, details.type().name());
                statement.setString(p++, area.status().name());
                statement.setString(p++, joined(details.deviceCategories()));
                statement.setString(p++, joined(details.blockedLandUse()));
                statement.setInt(p++, details.beneficiaries().women());
                statement.setInt(p++, details.beneficiaries().men());
                statement.setInt(p++, details.beneficiaries().girls());
                statement.setInt(p++, details.beneficiaries().boys());
                statement.setString(p++, details.reportingOrganisation());
                statement.setObject(p++, details.informationDate());
                statement.setBytes(p++, writer.write(details.geometry()));
                statement.setDouble(p++, box.getMinX());
                statement.setDouble(p++, box.getMinY());
                statement.setDouble(p++, box.getMaxX());
                statement.setDouble(p++, box.getMaxY());
                statement.setDouble(p++, area.areaSquareMetres());
                statement.setDouble(p++, area.releasedSquareMetres());
                statement.setString(p++, area.admin().gazetteer());
                statement.setString(p++, area.admin().adm1Pcode());
                statement.setString(p++, area.admin().adm1Name());
                statement.setString(p++, area.admin().adm2Pcode());
                statement.setString(p++, area.admin().adm2Name());
                statement.setString(p++, area.admin().adm3Pcode());
                statement.setString(p++, area.admin().adm3Name());
                statement.setInt(p++, area.version());
                statement.setObject(p++, at);
                statement.setObject(p, at);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
                connection.commit();
            }
        }
    }

    /** As HazardRepository stores categories and land use: ",A,B,". */
    private static String joined(Collection<? extends Enum<?>> values) {
        return "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    /**
     * One of the product's repositories over this connection: their constructors are package-private and take a
     * {@link JdbcClient}, and some a {@link JdbcTemplate} for batches.
     */
    static <T> T repository(Class<T> type, Connection connection) {
        DataSource dataSource = new SingleConnectionDataSource(connection, true);
        try {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            Object[] arguments = new Object[constructor.getParameterCount()];
            for (int i = 0; i < arguments.length; i++) {
                Class<?> parameter = constructor.getParameterTypes()[i];
                arguments[i] = parameter == JdbcClient.class ? JdbcClient.create(dataSource)
                        : parameter == JdbcTemplate.class ? new JdbcTemplate(dataSource)
                        : unsupported(type, parameter);
            }
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static Object unsupported(Class<?> type, Class<?> parameter) {
        throw new IllegalStateException(type.getSimpleName() + " needs a " + parameter.getSimpleName() + ", which the bench cannot give");
    }
}
