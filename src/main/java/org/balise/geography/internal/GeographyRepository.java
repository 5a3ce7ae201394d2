package org.balise.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.balise.geography.AdminUnitRef;
import org.balise.geography.Gazetteer;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.ReferenceLayer;
import org.balise.geography.PlaceMatch;
import org.balise.shared.text.SearchText;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.balise.shared.geo.GeoJsonGeometry;

/** All SQL of the geography module. */
@Repository
public class GeographyRepository {

    /** A populated place with the names of its admin units, as {@link #placeMatch} reads it. */
    private static final String PLACE_WITH_UNITS = """
                SELECT p.pcode, p.name, p.lat, p.lon, p.adm1_pcode, a1.name AS adm1_name, p.adm2_pcode,
                    a2.name AS adm2_name, p.adm3_pcode, a3.name AS adm3_name
                FROM geo_place p
                LEFT JOIN geo_admin_unit a1 ON a1.gazetteer = p.gazetteer AND a1.pcode = p.adm1_pcode
                LEFT JOIN geo_admin_unit a2 ON a2.gazetteer = p.gazetteer AND a2.pcode = p.adm2_pcode
                LEFT JOIN geo_admin_unit a3 ON a3.gazetteer = p.gazetteer AND a3.pcode = p.adm3_pcode
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GeographyRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean gazetteerExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM geo_gazetteer WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    public void insertGazetteer(String code, String label, String source, boolean active, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO geo_gazetteer (code, label, source, active, loaded_at, loaded_by)
                VALUES (:code, :label, :source, :active, :at, :by)""")
                .param("code", code).param("label", label).param("source", source).param("active", active)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .update();
    }

    public void insertUnits(List<DisplayedUnit> units) {
        WKBWriter wkb = new WKBWriter();
        batch.batchUpdate("""
                INSERT INTO geo_admin_unit (gazetteer, level, pcode, name, name_search, parent_pcode, geom_wkb,
                    display_geojson, min_x, min_y, max_x, max_y)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", units, 200, (statement, displayed) -> {
            AdminUnit unit = displayed.unit();
            Envelope box = unit.geometry().getEnvelopeInternal();
            statement.setString(1, unit.gazetteer());
            statement.setInt(2, unit.level());
            statement.setString(3, unit.pcode());
            statement.setString(4, unit.name());
            statement.setString(5, SearchText.normalise(unit.name()));
            statement.setString(6, unit.parentPcode());
            statement.setBytes(7, wkb.write(unit.geometry()));
            statement.setString(8, displayed.displayGeoJson());
            statement.setDouble(9, box.getMinX());
            statement.setDouble(10, box.getMinY());
            statement.setDouble(11, box.getMaxX());
            statement.setDouble(12, box.getMaxY());
        });
    }

    public void insertPlaces(String gazetteer, List<Place> places) {
        batch.batchUpdate("""
                INSERT INTO geo_place (gazetteer, pcode, name, name_search, place_class, lon, lat, adm1_pcode, adm2_pcode, adm3_pcode)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", places, 1000, (statement, place) -> {
            statement.setString(1, gazetteer);
            statement.setString(2, place.pcode());
            statement.setString(3, place.name());
            statement.setString(4, SearchText.normalise(place.name()));
            statement.setInt(5, place.placeClass());
            statement.setDouble(6, place.lon());
            statement.setDouble(7, place.lat());
            statement.setString(8, place.adm1Pcode());
            statement.setString(9, place.adm2Pcode());
            statement.setString(10, place.adm3Pcode());
        });
    }

    /** An admin unit with its geometry simplified for display, as GeoJSON. */
    public record DisplayedUnit(AdminUnit unit, String displayGeoJson) {
    }

    public void activate(String code) {
        jdbc.sql("UPDATE geo_gazetteer SET active = (code = :code)").param("code", code).update();
    }

    public long bumpRevision() {
        jdbc.sql("UPDATE geo_revision SET revision = revision + 1 WHERE id = 1").update();
        return revision();
    }

    public long revision() {
        return jdbc.sql("SELECT revision FROM geo_revision WHERE id = 1").query(Long.class).single();
    }

    public Optional<String> activeGazetteer() {
        return jdbc.sql("SELECT code FROM geo_gazetteer WHERE active").query(String.class).optional();
    }

    public List<Gazetteer> gazetteers() {
        return jdbc.sql("""
                SELECT g.code, g.label, g.source, g.active, g.loaded_at,
                    (SELECT COUNT(*) FROM geo_admin_unit u WHERE u.gazetteer = g.code AND u.level = 1) AS adm1,
                    (SELECT COUNT(*) FROM geo_admin_unit u WHERE u.gazetteer = g.code AND u.level = 2) AS adm2,
                    (SELECT COUNT(*) FROM geo_admin_unit u WHERE u.gazetteer = g.code AND u.level = 3) AS adm3,
                    (SELECT COUNT(*) FROM geo_place p WHERE p.gazetteer = g.code) AS places
                FROM geo_gazetteer g ORDER BY g.loaded_at""")
                .query((rs, row) -> new Gazetteer(rs.getString("code"), rs.getString("label"), rs.getString("source"),
                        rs.getBoolean("active"), rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("adm1"), rs.getInt("adm2"), rs.getInt("adm3"), rs.getInt("places")))
                .list();
    }

    public List<AdminUnit> units(String gazetteer) {
        WKBReader reader = new WKBReader(GeoJsonGeometry.FACTORY);
        return jdbc.sql("SELECT level, pcode, name, parent_pcode, geom_wkb FROM geo_admin_unit WHERE gazetteer = :g")
                .param("g", gazetteer)
                .query((rs, row) -> new AdminUnit(gazetteer, rs.getInt("level"), rs.getString("pcode"),
                        rs.getString("name"), rs.getString("parent_pcode"), geometry(reader, rs.getBytes("geom_wkb"))))
                .list();
    }

    public List<Place> places(String gazetteer) {
        return jdbc.sql("""
                SELECT pcode, name, place_class, lon, lat, adm1_pcode, adm2_pcode, adm3_pcode
                FROM geo_place WHERE gazetteer = :g""")
                .param("g", gazetteer)
                .query((rs, row) -> new Place(rs.getString("pcode"), rs.getString("name"), rs.getInt("place_class"),
                        rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("adm1_pcode"),
                        rs.getString("adm2_pcode"), rs.getString("adm3_pcode")))
                .list();
    }

    public record DisplayUnit(String pcode, String name, String parentPcode, String geoJson) {
    }

    public List<DisplayUnit> displayUnits(String gazetteer, int level, int limit, int offset) {
        return jdbc.sql("""
                SELECT pcode, name, parent_pcode, display_geojson FROM geo_admin_unit
                WHERE gazetteer = :g AND level = :level ORDER BY pcode LIMIT :limit OFFSET :offset""")
                .param("g", gazetteer).param("level", level).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new DisplayUnit(rs.getString("pcode"), rs.getString("name"),
                        rs.getString("parent_pcode"), rs.getString("display_geojson")))
                .list();
    }

    public int countUnits(String gazetteer, int level) {
        return jdbc.sql("SELECT COUNT(*) FROM geo_admin_unit WHERE gazetteer = :g AND level = :level")
                .param("g", gazetteer).param("level", level).query(Integer.class).single();
    }

    public List<AdminUnitRef> unitRefs(String gazetteer, int level) {
        return jdbc.sql("SELECT pcode, name FROM geo_admin_unit WHERE gazetteer = :g AND level = :level ORDER BY name")
                .param("g", gazetteer).param("level", level)
                .query((rs, row) -> new AdminUnitRef(rs.getString("pcode"), rs.getString("name")))
                .list();
    }

    /** Places whose folded name contains the folded query: exact names first, then names starting with it. */
    public List<PlaceMatch> searchPlaces(String gazetteer, String foldedQuery, int limit) {
        String escaped = SearchText.escapeLike(foldedQuery);
        return jdbc.sql(PLACE_WITH_UNITS + """
                WHERE p.gazetteer = :g AND p.name_search LIKE :contains ESCAPE '\\'
                ORDER BY CASE WHEN p.name_search = :exact THEN 0
                              WHEN p.name_search LIKE :prefix ESCAPE '\\' THEN 1
                              WHEN p.name_search LIKE :wordPrefix ESCAPE '\\' THEN 2 ELSE 3 END,
                    p.place_class, LENGTH(p.name_search), p.name, p.pcode
                LIMIT :limit""")
                .param("g", gazetteer)
                .param("contains", "%" + escaped + "%")
                .param("exact", foldedQuery)
                .param("prefix", escaped + "%")
                .param("wordPrefix", "% " + escaped + "%")
                .param("limit", limit)
                .query((rs, row) -> placeMatch(gazetteer, rs))
                .list();
    }

    public List<PlaceMatch> placesIn(String gazetteer, String adm1Pcode) {
        return jdbc.sql(PLACE_WITH_UNITS + """
                WHERE p.gazetteer = :g AND p.adm1_pcode = :adm1
                ORDER BY p.place_class, p.pcode""")
                .param("g", gazetteer).param("adm1", adm1Pcode)
                .query((rs, row) -> placeMatch(gazetteer, rs))
                .list();
    }

    public Optional<PlaceMatch> place(String gazetteer, String pcode) {
        return jdbc.sql(PLACE_WITH_UNITS + " WHERE p.gazetteer = :g AND p.pcode = :pcode")
                .param("g", gazetteer).param("pcode", pcode)
                .query((rs, row) -> placeMatch(gazetteer, rs))
                .optional();
    }

    public long insertLayer(String name, LayerKind kind, String source, int count, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO geo_layer (name, kind, source, feature_count, loaded_at, loaded_by)
                VALUES (:name, :kind, :source, :count, :at, :by)""")
                .param("name", name).param("kind", kind.name()).param("source", source).param("count", count)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM geo_layer WHERE name = :name").param("name", name).query(Long.class).single();
    }

    public void insertLayerFeatures(long layerId, List<LayerReader.NamedGeometry> features) {
        WKBWriter wkb = new WKBWriter();
        batch.batchUpdate("""
                INSERT INTO geo_layer_feature (layer_id, name, geom_wkb, min_x, min_y, max_x, max_y)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", features, 1000, (statement, feature) -> {
            Envelope box = feature.geometry().getEnvelopeInternal();
            statement.setLong(1, layerId);
            statement.setString(2, feature.name());
            statement.setBytes(3, wkb.write(feature.geometry()));
            statement.setDouble(4, box.getMinX());
            statement.setDouble(5, box.getMinY());
            statement.setDouble(6, box.getMaxX());
            statement.setDouble(7, box.getMaxY());
        });
    }

    public List<ReferenceLayer> layers() {
        return jdbc.sql("SELECT id, name, kind, source, feature_count, loaded_at, loaded_by FROM geo_layer ORDER BY id")
                .query((rs, row) -> new ReferenceLayer(rs.getLong("id"), rs.getString("name"), LayerKind.valueOf(rs.getString("kind")),
                        rs.getString("source"), rs.getInt("feature_count"), rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("loaded_by")))
                .list();
    }

    public List<LayerFeature> layerFeatures() {
        WKBReader reader = new WKBReader(GeoJsonGeometry.FACTORY);
        return jdbc.sql("SELECT f.name, l.kind, f.geom_wkb FROM geo_layer_feature f JOIN geo_layer l ON l.id = f.layer_id")
                .query((rs, row) -> new LayerFeature(rs.getString("name"), LayerKind.valueOf(rs.getString("kind")),
                        geometry(reader, rs.getBytes("geom_wkb"))))
                .list();
    }

    private static PlaceMatch placeMatch(String gazetteer, ResultSet rs) throws SQLException {
        return new PlaceMatch(gazetteer, rs.getString("pcode"), rs.getString("name"), rs.getDouble("lat"),
                rs.getDouble("lon"), ref(rs, "adm1"), ref(rs, "adm2"), ref(rs, "adm3"));
    }

    private static AdminUnitRef ref(ResultSet rs, String level) throws SQLException {
        String pcode = rs.getString(level + "_pcode");
        return pcode == null ? null : new AdminUnitRef(pcode, rs.getString(level + "_name"));
    }

    private static org.locationtech.jts.geom.Geometry geometry(WKBReader reader, byte[] wkb) {
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored admin unit geometry is not WKB", e);
        }
    }
}
