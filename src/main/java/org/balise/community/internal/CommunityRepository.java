package org.balise.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.community.AgeBand;
import org.balise.community.CfpReport;
import org.balise.community.FocalPoint;
import org.balise.community.FocalPointStatus;
import org.balise.community.Profile;
import org.balise.community.ReportKind;
import org.balise.community.Training;
import org.balise.community.VictimCounts;
import org.balise.geography.Location;
import org.balise.geography.PlaceMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the community module. */
@Repository
public class CommunityRepository {

    private static final String COLUMNS = """
            SELECT f.id, f.reference, f.name, f.phone, f.sex, f.age_band, f.profile, f.place_pcode, f.place_name, f.adm1_pcode,
                f.adm1_name, f.adm3_pcode, f.adm3_name, f.lat, f.lon, f.languages, f.joined_on, f.status,
                (SELECT MAX(t.training_date) FROM cfp_training t WHERE t.focal_point_id = f.id) AS last_training
            FROM cfp_focal_point f
            """;

    private final JdbcClient jdbc;
    private final int refresherMonths;

    CommunityRepository(JdbcClient jdbc, @org.springframework.beans.factory.annotation.Value("${balise.community.refresher-months:12}") int refresherMonths) {
        this.jdbc = jdbc;
        this.refresherMonths = refresherMonths;
    }

    public String nextReference() {
        return String.format("CFP-%05d", jdbc.sql("SELECT nextval('cfp_focal_point_reference_seq')").query(Long.class).single());
    }

    public void insert(String reference, FocalPointRules.Draft draft, PlaceMatch place, Instant at) {
        jdbc.sql("""
                INSERT INTO cfp_focal_point (reference, name, phone, sex, age_band, profile, gazetteer, place_pcode, place_name,
                    adm1_pcode, adm1_name, adm3_pcode, adm3_name, lat, lon, languages, joined_on, status, created_at)
                VALUES (:reference, :name, :phone, :sex, :age, :profile, :gazetteer, :pcode, :placeName, :adm1, :adm1Name, :adm3,
                    :adm3Name, :lat, :lon, :languages, :joined, :status, :at)""")
                .param("reference", reference).param("name", draft.name()).param("phone", draft.phone()).param("sex", draft.sex())
                .param("age", draft.ageBand().name()).param("profile", draft.profile().name()).param("gazetteer", place.gazetteer())
                .param("pcode", place.pcode()).param("placeName", place.name())
                .param("adm1", place.adm1() == null ? null : place.adm1().pcode())
                .param("adm1Name", place.adm1() == null ? null : place.adm1().name())
                .param("adm3", place.adm3() == null ? null : place.adm3().pcode())
                .param("adm3Name", place.adm3() == null ? null : place.adm3().name())
                .param("lat", place.lat()).param("lon", place.lon()).param("languages", draft.languages())
                .param("joined", draft.joinedOn()).param("status", draft.status().name()).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<FocalPoint> find(String reference) {
        return jdbc.sql(COLUMNS + " WHERE f.reference = :reference").param("reference", reference).query(this::focalPoint).optional();
    }

    public Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM cfp_focal_point WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    public List<FocalPoint> list(Collection<String> regions, int limit, int offset) {
        return jdbc.sql(COLUMNS + where(regions) + " ORDER BY f.adm1_name, f.place_name, f.reference LIMIT :limit OFFSET :offset")
                .params(params(regions)).param("limit", limit).param("offset", offset).query(this::focalPoint).list();
    }

    public long count(Collection<String> regions) {
        return jdbc.sql("SELECT COUNT(*) FROM cfp_focal_point f" + where(regions)).params(params(regions)).query(Long.class).single();
    }

    public void insertTraining(long focalPointId, LocalDate date, String topic, String trainer, Integer pre, Integer post) {
        jdbc.sql("""
                INSERT INTO cfp_training (focal_point_id, training_date, topic, trainer, pre_score, post_score)
                VALUES (:id, :date, :topic, :trainer, :pre, :post)""")
                .param("id", focalPointId).param("date", date).param("topic", topic).param("trainer", trainer)
                .param("pre", pre).param("post", post).update();
    }

    public List<Training> trainings(String reference) {
        return jdbc.sql("""
                SELECT f.reference, t.training_date, t.topic, t.trainer, t.pre_score, t.post_score
                FROM cfp_training t JOIN cfp_focal_point f ON f.id = t.focal_point_id
                WHERE f.reference = :reference ORDER BY t.training_date DESC""").param("reference", reference)
                .query((rs, row) -> new Training(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class))).list();
    }

    public String nextReportReference() {
        return String.format("CFR-%06d", jdbc.sql("SELECT nextval('cfp_report_reference_seq')").query(Long.class).single());
    }

    /** A community report as the handler of the focal points' forms builds it. */
    public record NewReport(String reference, ReportKind kind, Long focalPointId, String reporterName, String reporterPhone,
            LocalDate reportDate, double lat, double lon, Location location, String deviceCategory, String description,
            Boolean marked, VictimCounts victims, String hazardReportReference, String accidentReference, String submissionId) {
    }

    public void insertReport(NewReport report, Instant at) {
        Location where = report.location();
        jdbc.sql("""
                INSERT INTO cfp_report (reference, kind, focal_point_id, reporter_name, reporter_phone, report_date, lat, lon,
                    gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm3_pcode, adm3_name, device_category, description, marked,
                    victims_girls, victims_boys, victims_women, victims_men, victims_unknown, hazard_report_ref, accident_ref,
                    submission_id, created_at)
                VALUES (:reference, :kind, :focalPoint, :name, :phone, :date, :lat, :lon, :gazetteer, :adm1, :adm1Name, :adm2,
                    :adm3, :adm3Name, :device, :description, :marked, :girls, :boys, :women, :men, :unknown, :hazardReport,
                    :accident, :submission, :at)""")
                .param("reference", report.reference()).param("kind", report.kind().name())
                .param("focalPoint", report.focalPointId()).param("name", report.reporterName())
                .param("phone", report.reporterPhone()).param("date", report.reportDate()).param("lat", report.lat())
                .param("lon", report.lon()).param("gazetteer", where.gazetteer())
                .param("adm1", where.adm1() == null ? null : where.adm1().pcode())
                .param("adm1Name", where.adm1() == null ? null : where.adm1().name())
                .param("adm2", where.adm2() == null ? null : where.adm2().pcode())
                .param("adm3", where.adm3() == null ? null : where.adm3().pcode())
                .param("adm3Name", where.adm3() == null ? null : where.adm3().name())
                .param("device", report.deviceCategory()).param("description", report.description())
                .param("marked", report.marked()).param("girls", report.victims().girls()).param("boys", report.victims().boys())
                .param("women", report.victims().women()).param("men", report.victims().men())
                .param("unknown", report.victims().unknown()).param("hazardReport", report.hazardReportReference())
                .param("accident", report.accidentReference()).param("submission", report.submissionId())
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Which reports to list: all of them when every criterion is null or empty. */
    public record ReportFilter(Collection<String> regions, ReportKind kind, String adm1Pcode, String focalPointReference) {
    }

    public List<CfpReport> reports(ReportFilter filter, int limit, int offset) {
        Map<String, Object> params = new java.util.HashMap<>();
        return jdbc.sql(REPORT_COLUMNS + reportWhere(filter, params) + " ORDER BY r.report_date DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query(this::report).list();
    }

    public long countReports(ReportFilter filter) {
        Map<String, Object> params = new java.util.HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM cfp_report r LEFT JOIN cfp_focal_point f ON f.id = r.focal_point_id"
                + reportWhere(filter, params)).params(params).query(Long.class).single();
    }

    public Optional<CfpReport> findReport(String reference) {
        return jdbc.sql(REPORT_COLUMNS + " WHERE r.reference = :reference").param("reference", reference).query(this::report).optional();
    }

    public void verifyReport(String reference, String team, LocalDate on) {
        jdbc.sql("UPDATE cfp_report SET verified_by_team = :team, verified_on = :on WHERE reference = :reference")
                .param("team", team).param("on", on).param("reference", reference).update();
    }

    private static final String REPORT_COLUMNS = """
            SELECT r.*, f.reference AS focal_point_reference
            FROM cfp_report r LEFT JOIN cfp_focal_point f ON f.id = r.focal_point_id
            """;

    private static String reportWhere(ReportFilter filter, Map<String, Object> params) {
        List<String> conditions = new java.util.ArrayList<>();
        if (filter.regions() != null && !filter.regions().isEmpty()) {
            conditions.add("r.adm1_pcode IN (:regions)");
            params.put("regions", filter.regions());
        }
        if (filter.kind() != null) {
            conditions.add("r.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.adm1Pcode() != null && !filter.adm1Pcode().isBlank()) {
            conditions.add("r.adm1_pcode = :adm1");
            params.put("adm1", filter.adm1Pcode());
        }
        if (filter.focalPointReference() != null && !filter.focalPointReference().isBlank()) {
            conditions.add("f.reference = :focalPoint");
            params.put("focalPoint", filter.focalPointReference());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private CfpReport report(ResultSet rs, int row) throws SQLException {
        return new CfpReport(rs.getString("reference"), ReportKind.valueOf(rs.getString("kind")),
                rs.getString("focal_point_reference"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                rs.getObject("report_date", LocalDate.class), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("adm1_pcode"),
                rs.getString("adm1_name"), rs.getString("adm2_pcode"), rs.getString("adm3_pcode"), rs.getString("adm3_name"),
                rs.getString("device_category"), rs.getString("description"), (Boolean) rs.getObject("marked", Boolean.class),
                new VictimCounts(rs.getInt("victims_girls"), rs.getInt("victims_boys"), rs.getInt("victims_women"),
                        rs.getInt("victims_men"), rs.getInt("victims_unknown")),
                rs.getString("hazard_report_ref"), null, rs.getString("accident_ref"), null, rs.getString("verified_by_team"),
                rs.getObject("verified_on", LocalDate.class), rs.getString("submission_id"));
    }

    private static String where(Collection<String> regions) {
        return regions.isEmpty() ? "" : " WHERE f.adm1_pcode IN (:regions)";
    }

    private static Map<String, Object> params(Collection<String> regions) {
        return regions.isEmpty() ? Map.of() : Map.of("regions", regions);
    }

    private FocalPoint focalPoint(ResultSet rs, int row) throws SQLException {
        LocalDate joined = rs.getObject("joined_on", LocalDate.class);
        LocalDate last = rs.getObject("last_training", LocalDate.class);
        return new FocalPoint(rs.getString("reference"), rs.getString("name"), rs.getString("phone"), rs.getString("sex"),
                AgeBand.valueOf(rs.getString("age_band")), Profile.valueOf(rs.getString("profile")), rs.getString("place_pcode"),
                rs.getString("place_name"), rs.getString("adm1_pcode"), rs.getString("adm1_name"), rs.getString("adm3_pcode"),
                rs.getString("adm3_name"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("languages"), joined,
                FocalPointStatus.valueOf(rs.getString("status")), last, (last == null ? joined : last).plusMonths(refresherMonths));
    }
}
