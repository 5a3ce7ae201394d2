package org.balise.bench;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.balise.casualty.Activity;
import org.balise.casualty.AgeGroup;
import org.balise.casualty.CasualtyPoint;
import org.balise.casualty.Outcome;
import org.balise.casualty.Sex;
import org.balise.casualty.Victim;
import org.balise.casualty.VictimGroup;
import org.balise.casualty.internal.AccidentRules;
import org.balise.casualty.internal.CasualtyRepository;
import org.balise.geography.AdminUnitRef;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.Location;
import org.balise.geography.internal.GeographyRepository;
import org.balise.geography.internal.LayerReader;
import org.balise.geography.internal.Place;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.HazardArea;
import org.balise.shared.ordnance.DeviceCategory;
import org.flywaydb.core.Flyway;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@link NationalData} set in a real Balise database: the schema from the product's Flyway migrations, then the
 * hazardous areas, accidents and reference layers written as the product writes them. Used by the prioritisation
 * benchmark (areas only, for the bbox query) and by the load benchmark (all of it, before a server starts on it).
 */
final class NationalDatabase {

    /** Flyway logs through java.util.logging here, warnings only (held, so that the level is not collected away). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Instant LOADED_AT = Instant.parse("2026-11-28T08:00:00Z");
    private static final String LOADED_BY = "bench";
    private static final int BATCH = 1_000;

    private NationalDatabase() {
    }

    static void migrate(String url, String user, String password) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
    }

    /**
     * Everything: areas, accidents and layers, then the reference sequences moved past the loaded references (a
     * server creating an area or an accident afterwards gets a new reference), and VACUUM ANALYZE on PostgreSQL.
     */
    static void load(Connection connection, NationalData data) throws SQLException {
        insertAreas(connection, data.areas);
        insertAccidents(connection, data);
        insertLayers(connection, data.layers);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SEQUENCE hzd_area_reference_seq RESTART WITH " + (data.areas.size() + 1));
            statement.execute("ALTER SEQUENCE cas_accident_reference_seq RESTART WITH " + (data.accidents.size() + 1));
            connection.commit();
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // As autovacuum would leave the tables after a bulk load: statistics, and the visibility map that lets
                // the planner read some queries from the index alone.
                connection.setAutoCommit(true);
                statement.execute("VACUUM ANALYZE");
            }
        }
    }

    /** In batches of 1,000, every NOT NULL column filled as {@code HazardRepository.insert} fills it. */
    static void insertAreas(Connection connection, List<HazardArea> areas) throws SQLException {
        connection.setAutoCommit(false);
        WKBWriter writer = new WKBWriter();
        OffsetDateTime at = LOADED_AT.atOffset(ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO hzd_area (reference, name, area_type, status, device_categories, blocked_land_use, women, men,
                    girls, boys, reporting_organisation, information_date, geom_wkb, min_x, min_y, max_x, max_y, span, area_m2,
                    released_m2, gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm2_name, adm3_pcode, adm3_name, version,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
                statement.setDouble(p++, Math.max(box.getWidth(), box.getHeight()));
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
     * Through the product's {@code CasualtyRepository.insert}, references AC-000001 on: each accident in the admin units of
     * the settlement it was placed around (codes only: names are left empty, as for the areas), with one victim per
     * person killed or injured, about a third killed.
     */
    private static void insertAccidents(Connection connection, NationalData data) throws SQLException {
        connection.setAutoCommit(false);
        CasualtyRepository repository = repository(CasualtyRepository.class, connection);
        Random random = new Random(NationalData.SEED + 1);
        DeviceCategory[] categories = DeviceCategory.values();
        for (int i = 0; i < data.accidents.size(); i++) {
            CasualtyPoint point = data.accidents.get(i);
            Place place = data.accidentPlaces.get(i);
            List<Victim> victims = new ArrayList<>();
            for (int v = 0; v < point.casualties(); v++) {
                victims.add(victim(random));
            }
            AccidentRules.Draft draft = new AccidentRules.Draft(point.date(), point.lat(), point.lon(),
                    categories[random.nextInt(categories.length)], false, null, "Accident près de " + place.name(), victims);
            Location location = new Location("cod-2015", new AdminUnitRef(place.adm1Pcode(), null),
                    new AdminUnitRef(place.adm2Pcode(), null), new AdminUnitRef(place.adm3Pcode(), null), null);
            repository.insert(String.format("AC-%06d", i + 1), draft, location, LOADED_AT);
        }
        connection.commit();
    }

    private static Victim victim(Random random) {
        boolean child = random.nextInt(3) == 0;
        int age = child ? 6 + random.nextInt(11) : 18 + random.nextInt(50);
        Activity[] activities = {Activity.FARMING, Activity.HERDING, Activity.TRAVELLING, Activity.COLLECTING_WOOD_OR_WATER,
                Activity.PLAYING};
        return new Victim(null, random.nextBoolean() ? Sex.FEMALE : Sex.MALE, age, child ? AgeGroup.CHILD : AgeGroup.ADULT,
                random.nextInt(8) == 0 ? VictimGroup.MILITARY : VictimGroup.CIVILIAN,
                random.nextInt(3) == 0 ? Outcome.KILLED : Outcome.INJURED, activities[random.nextInt(activities.length)],
                random.nextBoolean(), null, null, null, null);
    }

    /** Through the product's {@code GeographyRepository}: one layer per kind, as an import of one file per kind would. */
    private static void insertLayers(Connection connection, List<LayerFeature> features) throws SQLException {
        connection.setAutoCommit(false);
        GeographyRepository repository = repository(GeographyRepository.class, connection);
        Map<LayerKind, List<LayerReader.NamedGeometry>> byKind = features.stream().collect(Collectors.groupingBy(LayerFeature::kind,
                Collectors.mapping(feature -> new LayerReader.NamedGeometry(feature.name(), feature.geometry()), Collectors.toList())));
        for (var kind : byKind.entrySet()) {
            String name = kind.getKey().name().toLowerCase().replace('_', ' ') + "s (national data, bench)";
            long layer = repository.insertLayer(name, kind.getKey(), "NationalData", kind.getValue().size(), LOADED_AT, LOADED_BY);
            repository.insertLayerFeatures(layer, kind.getValue());
        }
        connection.commit();
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
