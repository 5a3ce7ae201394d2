package org.balise.hazard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.geography.Location;
import org.balise.hazard.DestructionMethod;
import org.balise.hazard.DeviceCondition;
import org.balise.hazard.DeviceFound;
import org.balise.hazard.HazardReport;
import org.balise.hazard.PossibleDuplicate;
import org.balise.hazard.ReportSource;
import org.balise.hazard.ReportProgress;
import org.balise.hazard.ReportStatus;
import org.balise.hazard.SpotTask;
import org.balise.shared.ordnance.DeviceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of hazard reports, possible duplicates, spot tasks and devices found. */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextReportReference() {
        return String.format("HR-%06d", jdbc.sql("SELECT nextval('hzd_report_reference_seq')").query(Long.class).single());
    }

    public String nextSpotTaskReference() {
        return String.format("ST-%06d", jdbc.sql("SELECT nextval('hzd_spot_task_reference_seq')").query(Long.class).single());
    }

    public long insertReport(String reference, ReportRules.Report report, Location location, Instant at) {
        jdbc.sql("""
                INSERT INTO hzd_report (reference, source, report_date, lat, lon, gazetteer, adm1_pcode, adm1_name, adm3_name,
                    device_categories, description, reporting_organisation, status, created_at)
                VALUES (:reference, :source, :date, :lat, :lon, :gazetteer, :adm1, :adm1Name, :adm3Name, :categories,
                    :description, :org, 'RECEIVED', :at)""")
                .param("reference", reference).param("source", report.source().name()).param("date", report.date())
                .param("lat", report.lat()).param("lon", report.lon()).param("gazetteer", location.gazetteer())
                .param("adm1", location.adm1() == null ? null : location.adm1().pcode())
                .param("adm1Name", location.adm1() == null ? null : location.adm1().name())
                .param("adm3Name", location.adm3() == null ? null : location.adm3().name())
                .param("categories", "," + report.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",")
                .param("description", report.description()).param("org", report.organisation())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return idOf(reference);
    }

    public long idOf(String reference) {
        return jdbc.sql("SELECT id FROM hzd_report WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
    }

    public void insertDuplicate(long reportId, String areaReference, double distanceMetres) {
        jdbc.sql("""
                INSERT INTO hzd_possible_duplicate (report_id, area_reference, distance_metres, decision)
                VALUES (:report, :area, :distance, 'OPEN')""")
                .param("report", reportId).param("area", areaReference).param("distance", distanceMetres).update();
    }

    public int decideDuplicate(long reportId, String areaReference, String decision, String by) {
        return jdbc.sql("""
                UPDATE hzd_possible_duplicate SET decision = :decision, decided_by = :by
                WHERE report_id = :report AND area_reference = :area AND decision = 'OPEN'""")
                .param("decision", decision).param("by", by).param("report", reportId).param("area", areaReference).update();
    }

    public void setStatus(long reportId, ReportStatus status, String areaReference) {
        jdbc.sql("UPDATE hzd_report SET status = :status, area_reference = COALESCE(:area, area_reference) WHERE id = :id")
                .param("status", status.name()).param("area", areaReference).param("id", reportId).update();
    }

    /** A report, with the possible duplicates among the areas of the reader's regions (all when empty). */
    public Optional<HazardReport> find(String reference, Set<String> regions) {
        return jdbc.sql("SELECT * FROM hzd_report WHERE reference = :reference").param("reference", reference)
                .query((rs, row) -> report(rs, regions)).optional();
    }

    public long count(Set<String> regions) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM hzd_report" + regionFilter(regions, params)).params(params).query(Long.class).single();
    }

    public List<HazardReport> list(Set<String> regions, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT * FROM hzd_report" + regionFilter(regions, params) + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query((rs, row) -> report(rs, regions)).list();
    }

    public List<ReportProgress> progress(Collection<String> references, Set<String> regions) {
        Map<String, Object> params = new HashMap<>();
        params.put("references", references);
        String regionFilter = regionFilter(regions, params).replace(" WHERE adm1_pcode", " AND r.adm1_pcode");
        return jdbc.sql("""
                SELECT r.reference, r.status, r.area_reference, t.reference AS task_reference, t.visit_date
                FROM hzd_report r LEFT JOIN hzd_spot_task t ON t.report_id = r.id
                WHERE r.reference IN (:references)""" + regionFilter).params(params)
                .query((rs, row) -> new ReportProgress(rs.getString(1), ReportStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class))).list();
    }

    public List<String> reportsOfArea(String areaReference, Set<String> regions) {
        Map<String, Object> params = new HashMap<>(Map.of("area", areaReference));
        String regionFilter = regionFilter(regions, params).replace(" WHERE ", " AND ");
        return jdbc.sql("SELECT reference FROM hzd_report WHERE area_reference = :area" + regionFilter + " ORDER BY id")
                .params(params).query(String.class).list();
    }

    public long insertSpotTask(String reference, long reportId, ReportRules.Task task, Instant at) {
        jdbc.sql("""
                INSERT INTO hzd_spot_task (reference, report_id, team, visit_date, outcome, destruction_method, notes, created_at)
                VALUES (:reference, :report, :team, :date, :outcome, :method, :notes, :at)""")
                .param("reference", reference).param("report", reportId).param("team", task.team())
                .param("date", task.visitDate()).param("outcome", task.nothingFound() ? "NOTHING_FOUND" : "ITEMS_DESTROYED")
                .param("method", task.method() == null ? null : task.method().name()).param("notes", task.notes())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM hzd_spot_task WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
    }

    public void insertDevice(Long areaId, Long spotTaskId, DeviceFound device) {
        jdbc.sql("""
                INSERT INTO hzd_device (area_id, spot_task_id, category, model, quantity, condition, depth_cm, lat, lon, found_on)
                VALUES (:area, :task, :category, :model, :quantity, :condition, :depth, :lat, :lon, :foundOn)""")
                .param("area", areaId).param("task", spotTaskId).param("category", device.category().name())
                .param("model", device.model()).param("quantity", device.quantity()).param("condition", device.condition().name())
                .param("depth", device.depthCm()).param("lat", device.lat()).param("lon", device.lon())
                .param("foundOn", device.foundOn())
                .update();
    }

    public List<DeviceFound> devicesOfArea(long areaId) {
        return jdbc.sql("SELECT * FROM hzd_device WHERE area_id = :id ORDER BY id").param("id", areaId)
                .query((rs, row) -> device(rs)).list();
    }

    /** A device found, with the area or report it belongs to, for exports. */
    public record LocatedDevice(String areaReference, String reportReference, String adm1Pcode, DeviceFound device) {
    }

    public List<LocatedDevice> allDevices(Set<String> regions) {
        Map<String, Object> params = new HashMap<>();
        String scope = "";
        if (!regions.isEmpty()) {
            scope = " WHERE COALESCE(a.adm1_pcode, r.adm1_pcode) IN (:regions)";
            params.put("regions", regions);
        }
        return jdbc.sql("""
                SELECT d.*, a.reference AS area_reference, r.reference AS report_reference,
                    COALESCE(a.adm1_pcode, r.adm1_pcode) AS adm1
                FROM hzd_device d
                LEFT JOIN hzd_area a ON a.id = d.area_id
                LEFT JOIN hzd_spot_task t ON t.id = d.spot_task_id
                LEFT JOIN hzd_report r ON r.id = t.report_id""" + scope + " ORDER BY d.id")
                .params(params)
                .query((rs, row) -> new LocatedDevice(rs.getString("area_reference"), rs.getString("report_reference"),
                        rs.getString("adm1"), device(rs)))
                .list();
    }

    private static String regionFilter(Set<String> regions, Map<String, Object> params) {
        if (regions.isEmpty()) {
            return "";
        }
        params.put("regions", regions);
        return " WHERE adm1_pcode IN (:regions)";
    }

    /**
     * A report read by someone limited to {@code regions} (none: the whole country). Duplicates are flagged against
     * areas of every region; those of other regions are left out, as the areas themselves would be.
     */
    private HazardReport report(ResultSet rs, Set<String> regions) throws SQLException {
        long id = rs.getLong("id");
        Set<DeviceCategory> categories = EnumSet.noneOf(DeviceCategory.class);
        Arrays.stream(rs.getString("device_categories").split(",")).filter(s -> !s.isBlank())
                .forEach(name -> categories.add(DeviceCategory.valueOf(name)));
        Map<String, Object> params = new HashMap<>();
        String ofRegions = regions.isEmpty() ? "" : " AND EXISTS (SELECT 1 FROM hzd_area a WHERE a.reference = d.area_reference"
                + " AND a.adm1_pcode IN (:regions))";
        if (!regions.isEmpty()) {
            params.put("regions", regions);
        }
        List<PossibleDuplicate> duplicates = jdbc.sql("SELECT d.area_reference, d.distance_metres, d.decision FROM hzd_possible_duplicate d"
                        + " WHERE d.report_id = :id" + ofRegions + " ORDER BY d.distance_metres")
                .params(params).param("id", id)
                .query((r, n) -> new PossibleDuplicate(r.getString("area_reference"), Math.round(r.getDouble("distance_metres")),
                        r.getString("decision")))
                .list();
        return new HazardReport(rs.getString("reference"), ReportSource.valueOf(rs.getString("source")),
                rs.getObject("report_date", LocalDate.class), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("adm1_pcode"),
                rs.getString("adm1_name"), rs.getString("adm3_name"), categories, rs.getString("description"),
                rs.getString("reporting_organisation"), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("area_reference"), duplicates, spotTask(id).orElse(null));
    }

    private Optional<SpotTask> spotTask(long reportId) {
        return jdbc.sql("SELECT * FROM hzd_spot_task WHERE report_id = :id").param("id", reportId)
                .query((rs, row) -> {
                    long taskId = rs.getLong("id");
                    String method = rs.getString("destruction_method");
                    List<DeviceFound> devices = jdbc.sql("SELECT * FROM hzd_device WHERE spot_task_id = :id ORDER BY id")
                            .param("id", taskId).query((d, n) -> device(d)).list();
                    return new SpotTask(rs.getString("reference"), rs.getString("team"), rs.getObject("visit_date", LocalDate.class),
                            "NOTHING_FOUND".equals(rs.getString("outcome")), method == null ? null : DestructionMethod.valueOf(method),
                            rs.getString("notes"), devices);
                }).optional();
    }

    private static DeviceFound device(ResultSet rs) throws SQLException {
        int depth = rs.getInt("depth_cm");
        Integer depthCm = rs.wasNull() ? null : depth;
        return new DeviceFound(DeviceCategory.valueOf(rs.getString("category")), rs.getString("model"), rs.getInt("quantity"),
                DeviceCondition.valueOf(rs.getString("condition")), depthCm, (Double) rs.getObject("lat"),
                (Double) rs.getObject("lon"), rs.getObject("found_on", LocalDate.class));
    }
}
