package org.balise.hazard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.hazard.AdminArea;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.AreaVersion;
import org.balise.hazard.Beneficiaries;
import org.balise.shared.ordnance.DeviceCategory;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.balise.hazard.HazardArea;
import org.balise.hazard.LandRelease;
import org.balise.hazard.LandUse;
import org.balise.hazard.ReleaseKind;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the hazard module. */
@Repository
public class HazardRepository {

    private static final String AREA_COLUMNS = """
            SELECT id, reference, name, area_type, status, device_categories, blocked_land_use, women, men, girls, boys,
                reporting_organisation, information_date, geom_wkb, area_m2, released_m2, gazetteer, adm1_pcode, adm1_name,
                adm2_pcode, adm2_name, adm3_pcode, adm3_name, version, updated_at
            FROM hzd_area""";

    private final JdbcClient jdbc;

    HazardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of an area list; null means any. Regions limit the list to a user's scope (empty: whole country). */
    public record AreaFilter(Envelope bbox, Set<String> regions, String adm1Pcode, AreaType type, AreaStatus status,
            DeviceCategory deviceCategory) {
    }

    public String nextReference() {
        long next = jdbc.sql("SELECT nextval('hzd_area_reference_seq')").query(Long.class).single();
        return String.format("HA-%06d", next);
    }

    public long insert(String reference, AreaStatus status, AreaDetails details, double areaM2, AdminArea admin, Instant at) {
        Envelope box = details.geometry().getEnvelopeInternal();
        jdbc.sql("""
                INSERT INTO hzd_area (reference, name, area_type, status, device_categories, blocked_land_use, women, men,
                    girls, boys, reporting_organisation, information_date, geom_wkb, min_x, min_y, max_x, max_y, span, area_m2,
                    released_m2, gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm2_name, adm3_pcode, adm3_name, version,
                    created_at, updated_at)
                VALUES (:reference, :name, :type, :status, :categories, :landUse, :women, :men, :girls, :boys, :org, :infoDate,
                    :wkb, :minX, :minY, :maxX, :maxY, :span, :area, 0, :gazetteer, :adm1, :adm1Name, :adm2, :adm2Name, :adm3,
                    :adm3Name, 1, :at, :at)""")
                .params(detailParams(details, admin))
                .param("reference", reference).param("status", status.name()).param("area", areaM2)
                .param("minX", box.getMinX()).param("minY", box.getMinY()).param("maxX", box.getMaxX()).param("maxY", box.getMaxY())
                .param("span", span(box)).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("SELECT id FROM hzd_area WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
        bumpRevision(id);
        return id;
    }

    public void updateSummary(long id, AreaStatus status, AreaDetails details, double areaM2, AdminArea admin, int version, Instant at) {
        Envelope box = details.geometry().getEnvelopeInternal();
        jdbc.sql("""
                UPDATE hzd_area SET name = :name, area_type = :type, status = :status, device_categories = :categories,
                    blocked_land_use = :landUse, women = :women, men = :men, girls = :girls, boys = :boys,
                    reporting_organisation = :org, information_date = :infoDate, geom_wkb = :wkb, min_x = :minX,
                    min_y = :minY, max_x = :maxX, max_y = :maxY, span = :span, area_m2 = :area, gazetteer = :gazetteer, adm1_pcode = :adm1,
                    adm1_name = :adm1Name, adm2_pcode = :adm2, adm2_name = :adm2Name, adm3_pcode = :adm3, adm3_name = :adm3Name,
                    version = :version, updated_at = :at
                WHERE id = :id""")
                .params(detailParams(details, admin))
                .param("status", status.name()).param("area", areaM2).param("version", version)
                .param("minX", box.getMinX()).param("minY", box.getMinY()).param("maxX", box.getMaxX()).param("maxY", box.getMaxY())
                .param("span", span(box)).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id)
                .update();
        bumpRevision(id);
    }

    public void updateVersion(long id, int version, Instant at) {
        jdbc.sql("UPDATE hzd_area SET version = :version, updated_at = :at WHERE id = :id")
                .param("version", version).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update();
    }

    public void updateRelease(long id, double releasedM2, AreaStatus status, int version, Instant at) {
        jdbc.sql("UPDATE hzd_area SET released_m2 = :released, status = :status, version = :version, updated_at = :at WHERE id = :id")
                .param("released", releasedM2).param("status", status.name()).param("version", version)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update();
        bumpRevision(id);
    }

    /**
     * Moves the revision that kept counts and the in-memory index depend on, and stamps the area with it; called after
     * a write of the columns lists filter on, in its transaction.
     */
    private void bumpRevision(long areaId) {
        jdbc.sql("UPDATE hzd_revision SET revision = revision + 1 WHERE id = 1").update();
        jdbc.sql("UPDATE hzd_area SET revision = (SELECT revision FROM hzd_revision WHERE id = 1) WHERE id = :id")
                .param("id", areaId).update();
    }

    /** The revision of hazardous areas' summaries: it moves with every write of a filtered column, on any instance. */
    public long revision() {
        return jdbc.sql("SELECT revision FROM hzd_revision WHERE id = 1").query(Long.class).single();
    }

    public void replaceEvidence(long areaId, List<Evidence> evidence) {
        jdbc.sql("DELETE FROM hzd_evidence WHERE area_id = :id").param("id", areaId).update();
        for (Evidence item : evidence) {
            jdbc.sql("INSERT INTO hzd_evidence (area_id, kind, description, lat, lon) VALUES (:id, :kind, :description, :lat, :lon)")
                    .param("id", areaId).param("kind", item.kind().name()).param("description", item.description())
                    .param("lat", item.lat()).param("lon", item.lon()).update();
        }
    }

    public void insertVersion(long areaId, int version, Instant at, String by, String change, LocalDate informationDate,
            boolean applied, String feature) {
        jdbc.sql("""
                INSERT INTO hzd_area_version (area_id, version, changed_at, changed_by, change, information_date, applied, feature)
                VALUES (:id, :version, :at, :by, :change, :infoDate, :applied, :feature)""")
                .param("id", areaId).param("version", version).param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .param("change", change).param("infoDate", informationDate).param("applied", applied).param("feature", feature)
                .update();
    }

    public List<AreaVersion> versions(long areaId) {
        return jdbc.sql("""
                SELECT version, changed_at, changed_by, change, information_date, applied, feature
                FROM hzd_area_version WHERE area_id = :id ORDER BY version DESC""")
                .param("id", areaId)
                .query((rs, row) -> new AreaVersion(rs.getInt("version"), instant(rs, "changed_at"), rs.getString("changed_by"),
                        rs.getString("change"), rs.getObject("information_date", LocalDate.class), rs.getBoolean("applied"),
                        rs.getString("feature")))
                .list();
    }

    public long insertRelease(long areaId, ReleaseKind kind, LocalDate date, Geometry geometry, double areaM2, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO hzd_land_release (area_id, kind, release_date, geom_wkb, area_m2, recorded_by, recorded_at)
                VALUES (:id, :kind, :date, :wkb, :area, :by, :at)""")
                .param("id", areaId).param("kind", kind.name()).param("date", date).param("wkb", new WKBWriter().write(geometry))
                .param("area", areaM2).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM hzd_land_release WHERE area_id = :id").param("id", areaId).query(Long.class).single();
    }

    public List<LandRelease> releases(long areaId) {
        WKBReader reader = new WKBReader(GeoJsonGeometry.FACTORY);
        return jdbc.sql("SELECT id, kind, release_date, geom_wkb, area_m2 FROM hzd_land_release WHERE area_id = :id ORDER BY release_date, id")
                .param("id", areaId)
                .query((rs, row) -> new LandRelease(rs.getLong("id"), ReleaseKind.valueOf(rs.getString("kind")),
                        rs.getObject("release_date", LocalDate.class), geometry(reader, rs.getBytes("geom_wkb")), rs.getDouble("area_m2")))
                .list();
    }

    public Optional<HazardArea> find(String reference) {
        Optional<HazardArea> area = jdbc.sql(AREA_COLUMNS + " WHERE reference = :reference").param("reference", reference)
                .query(this::area).optional();
        return area.map(found -> withEvidence(List.of(found)).getFirst());
    }

    public long count(AreaFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM hzd_area" + where(filter, params)).params(params).query(Long.class).single();
    }

    /**
     * A page of areas, newest first. The page's ids are sorted alone, then their rows read: sorting whole rows made H2
     * copy every matching row, geometry included, into a temporary result (on disk past its MAX_MEMORY_ROWS) to keep
     * 1,000 of them; for a map window over 100,000 areas that took 50 to 90 ms instead of 10.
     */
    public List<HazardArea> list(AreaFilter filter, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        List<HazardArea> areas = jdbc.sql(AREA_COLUMNS + " JOIN (SELECT id AS page_id FROM hzd_area" + where(filter, params)
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset) page ON page.page_id = hzd_area.id ORDER BY id DESC")
                .params(params).param("limit", limit).param("offset", offset)
                .query(this::area).list();
        return withEvidence(areas);
    }

    /**
     * The areas of {@code ids}, newest first, with their evidence. The ids are sent as one array and joined: H2 tests
     * each row against a list of a thousand parameters one by one (11 ms for a map page, against 5 ms).
     */
    public List<HazardArea> list(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withEvidence(jdbc.sql(AREA_COLUMNS + " JOIN UNNEST(:ids) AS page(page_id) ON page.page_id = hzd_area.id ORDER BY id DESC")
                .param("ids", ids.toArray(Long[]::new))
                .query(this::area).list());
    }

    /**
     * What {@link AreaIndex} holds of each area written after {@code revision} (every area when it is negative). Every
     * write stamps its area with the revision it moved to; writers wait for each other on the revision's row, so once
     * a revision is read, every area stamped up to it is committed.
     */
    public List<AreaIndex.Row> indexRows(long afterRevision) {
        return jdbc.sql("""
                SELECT id, min_x, min_y, max_x, max_y, adm1_pcode, area_type, status, device_categories FROM hzd_area
                WHERE revision > :revision""")
                .param("revision", afterRevision)
                .query((rs, row) -> new AreaIndex.Row(rs.getLong("id"), rs.getDouble("min_x"), rs.getDouble("min_y"),
                        rs.getDouble("max_x"), rs.getDouble("max_y"), rs.getString("adm1_pcode"),
                        AreaType.valueOf(rs.getString("area_type")), AreaStatus.valueOf(rs.getString("status")),
                        enums(DeviceCategory.class, rs.getString("device_categories"))))
                .list();
    }

    /** Open and worked-on areas, without their evidence, for ranking. */
    public List<HazardArea> unreleased(Set<String> regions, String adm1Pcode) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE status <> 'CLOSED'");
        if (!regions.isEmpty()) {
            where.append(" AND adm1_pcode IN (:regions)");
            params.put("regions", regions);
        }
        if (adm1Pcode != null) {
            where.append(" AND adm1_pcode = :adm1");
            params.put("adm1", adm1Pcode);
        }
        return jdbc.sql(AREA_COLUMNS + where).params(params).query(this::area).list();
    }

    /** Open and worked-on areas whose bounding box meets the envelope, except one, by reference. */
    public Map<String, Geometry> openGeometriesNear(Envelope envelope, String exceptReference) {
        Map<String, Geometry> found = new LinkedHashMap<>();
        WKBReader reader = new WKBReader(GeoJsonGeometry.FACTORY);
        Map<String, Object> params = new HashMap<>();
        jdbc.sql("SELECT reference, geom_wkb FROM hzd_area WHERE status <> 'CLOSED'" + meets(envelope, params)).params(params)
                .query((rs, row) -> Map.entry(rs.getString("reference"), geometry(reader, rs.getBytes("geom_wkb"))))
                .list().stream().filter(entry -> !entry.getKey().equals(exceptReference))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    private String where(AreaFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        // Within a box the region is tested on the bbox index's entries (it holds adm1_pcode): written as an expression,
        // it keeps H2 from reading the row of every area of the region through hzd_area_adm1 to test the box instead.
        String region = "adm1_pcode";
        if (filter.bbox() != null) {
            where.append(meets(filter.bbox(), params));
            region = "COALESCE(adm1_pcode, '')";
        }
        if (!filter.regions().isEmpty()) {
            where.append(" AND ").append(region).append(" IN (:regions)");
            params.put("regions", filter.regions());
        }
        if (filter.adm1Pcode() != null) {
            where.append(" AND ").append(region).append(" = :adm1");
            params.put("adm1", filter.adm1Pcode());
        }
        if (filter.type() != null) {
            where.append(" AND area_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.deviceCategory() != null) {
            // Categories are stored as ",A,B," so that one category matches exactly.
            where.append(" AND device_categories LIKE :category");
            params.put("category", "%," + filter.deviceCategory().name() + ",%");
        }
        return where.toString();
    }

    /**
     * The condition "the area's bounding box meets the envelope". It also bounds min_x and min_y from below, by the
     * envelope less the longest side of any area's box (the largest span, read from its index): H2 then reads a strip
     * of the bbox index as wide as the envelope instead of every entry west of it, and PostgreSQL a narrower range.
     */
    private String meets(Envelope envelope, Map<String, Object> params) {
        // The margin covers the rounding of the differences, some 1e-15 degrees.
        double reach = jdbc.sql("SELECT COALESCE(MAX(span), 0) FROM hzd_area").query(Double.class).single() + 1e-9;
        params.put("minX", envelope.getMinX());
        params.put("maxX", envelope.getMaxX());
        params.put("minY", envelope.getMinY());
        params.put("maxY", envelope.getMaxY());
        params.put("fromX", envelope.getMinX() - reach);
        params.put("fromY", envelope.getMinY() - reach);
        return " AND max_x >= :minX AND min_x <= :maxX AND max_y >= :minY AND min_y <= :maxY AND min_x >= :fromX AND min_y >= :fromY";
    }

    /** The longer side of a bounding box, in degrees. */
    private static double span(Envelope box) {
        return Math.max(box.getWidth(), box.getHeight());
    }

    private List<HazardArea> withEvidence(List<HazardArea> areas) {
        if (areas.isEmpty()) {
            return areas;
        }
        Map<Long, List<Evidence>> evidence = jdbc.sql("""
                SELECT area_id, kind, description, lat, lon FROM hzd_evidence JOIN UNNEST(:ids) AS page(page_id)
                ON page.page_id = hzd_evidence.area_id ORDER BY id""")
                .param("ids", areas.stream().map(HazardArea::id).toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("area_id"), new Evidence(EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return areas.stream().map(area -> new HazardArea(area.id(), area.reference(), area.status(),
                new AreaDetails(area.details().name(), area.details().type(), area.details().geometry(),
                        area.details().deviceCategories(), area.details().blockedLandUse(), area.details().beneficiaries(),
                        area.details().reportingOrganisation(), area.details().informationDate(),
                        evidence.getOrDefault(area.id(), List.of())),
                area.areaSquareMetres(), area.releasedSquareMetres(), area.admin(), area.version(), area.updatedAt())).toList();
    }

    private HazardArea area(ResultSet rs, int row) throws SQLException {
        AreaDetails details = new AreaDetails(rs.getString("name"), AreaType.valueOf(rs.getString("area_type")),
                geometry(new WKBReader(GeoJsonGeometry.FACTORY), rs.getBytes("geom_wkb")),
                enums(DeviceCategory.class, rs.getString("device_categories")), enums(LandUse.class, rs.getString("blocked_land_use")),
                new Beneficiaries(rs.getInt("women"), rs.getInt("men"), rs.getInt("girls"), rs.getInt("boys")),
                rs.getString("reporting_organisation"), rs.getObject("information_date", LocalDate.class), List.of());
        AdminArea admin = new AdminArea(rs.getString("gazetteer"), rs.getString("adm1_pcode"), rs.getString("adm1_name"),
                rs.getString("adm2_pcode"), rs.getString("adm2_name"), rs.getString("adm3_pcode"), rs.getString("adm3_name"));
        return new HazardArea(rs.getLong("id"), rs.getString("reference"), AreaStatus.valueOf(rs.getString("status")), details,
                rs.getDouble("area_m2"), rs.getDouble("released_m2"), admin, rs.getInt("version"), instant(rs, "updated_at"));
    }

    private static Map<String, Object> detailParams(AreaDetails details, AdminArea admin) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", details.name());
        params.put("type", details.type().name());
        params.put("categories", joined(details.deviceCategories()));
        params.put("landUse", joined(details.blockedLandUse()));
        params.put("women", details.beneficiaries().women());
        params.put("men", details.beneficiaries().men());
        params.put("girls", details.beneficiaries().girls());
        params.put("boys", details.beneficiaries().boys());
        params.put("org", details.reportingOrganisation());
        params.put("infoDate", details.informationDate());
        params.put("wkb", new WKBWriter().write(details.geometry()));
        params.put("gazetteer", admin.gazetteer());
        params.put("adm1", admin.adm1Pcode());
        params.put("adm1Name", admin.adm1Name());
        params.put("adm2", admin.adm2Pcode());
        params.put("adm2Name", admin.adm2Name());
        params.put("adm3", admin.adm3Pcode());
        params.put("adm3Name", admin.adm3Name());
        return params;
    }

    private static String joined(Collection<? extends Enum<?>> values) {
        return "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String joined) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(joined.split(",")).filter(name -> !name.isBlank()).forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Geometry geometry(WKBReader reader, byte[] wkb) {
        try {
            Geometry geometry = reader.read(wkb);
            geometry.setSRID(GeoJsonGeometry.WGS84);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("A stored geometry is not WKB", e);
        }
    }
}
