package org.balise.arms.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.arms.Answer;
import org.balise.arms.Assessment.RecordedAnswer;
import org.balise.arms.Building;
import org.balise.arms.BuildingRole;
import org.balise.arms.Facility;
import org.balise.arms.FacilityStatus;
import org.balise.arms.FacilityType;
import org.balise.arms.InterventionKind;
import org.balise.arms.PlanItem;
import org.balise.arms.PlanStatus;
import org.balise.geography.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL of the arms module. Row mappers never query: lists are completed after their query. */
@Repository
public class ArmsRepository {

    private static final String FACILITY_COLUMNS = """
            SELECT f.*, (SELECT a.level_reached FROM arm_assessment a WHERE a.facility_id = f.id
                    ORDER BY a.assessed_on DESC, a.id DESC FETCH FIRST 1 ROWS ONLY) AS level_reached,
                (SELECT MAX(a.assessed_on) FROM arm_assessment a WHERE a.facility_id = f.id) AS last_assessed_on
            FROM arm_facility f
            """;

    private final JdbcClient jdbc;

    ArmsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextFacilityReference() {
        return String.format("FAC-%04d", jdbc.sql("SELECT nextval('arm_facility_reference_seq')").query(Long.class).single());
    }

    public String nextAssessmentReference() {
        return String.format("ASM-%05d", jdbc.sql("SELECT nextval('arm_assessment_reference_seq')").query(Long.class).single());
    }

    public record FacilityRow(String reference, String name, FacilityType type, long institutionId, String institutionName,
            String unit, double lat, double lon, Location location, Integer weaponCapacity, Double neqCapacityKg,
            FacilityStatus status, List<Building> buildings) {
    }

    public long insertFacility(FacilityRow row, Instant at, String by) {
        Location where = row.location();
        jdbc.sql("""
                INSERT INTO arm_facility (reference, name, facility_type, institution_id, institution_name, unit, lat, lon,
                    gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm3_pcode, adm3_name, weapon_capacity, neq_capacity_kg,
                    status, created_at, created_by)
                VALUES (:reference, :name, :type, :institution, :institutionName, :unit, :lat, :lon, :gazetteer, :adm1,
                    :adm1Name, :adm2, :adm3, :adm3Name, :weapons, :neq, :status, :at, :by)""")
                .param("reference", row.reference()).param("name", row.name()).param("type", row.type().name())
                .param("institution", row.institutionId()).param("institutionName", row.institutionName())
                .param("unit", row.unit()).param("lat", row.lat()).param("lon", row.lon()).param("gazetteer", where.gazetteer())
                .param("adm1", where.adm1() == null ? null : where.adm1().pcode())
                .param("adm1Name", where.adm1() == null ? null : where.adm1().name())
                .param("adm2", where.adm2() == null ? null : where.adm2().pcode())
                .param("adm3", where.adm3() == null ? null : where.adm3().pcode())
                .param("adm3Name", where.adm3() == null ? null : where.adm3().name())
                .param("weapons", row.weaponCapacity()).param("neq", row.neqCapacityKg()).param("status", row.status().name())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update();
        long id = idOf(row.reference()).orElseThrow();
        for (Building building : row.buildings()) {
            jdbc.sql("INSERT INTO arm_building (facility_id, name, role, lat, lon) VALUES (:id, :name, :role, :lat, :lon)")
                    .param("id", id).param("name", building.name()).param("role", building.role().name())
                    .param("lat", building.lat()).param("lon", building.lon()).update();
        }
        return id;
    }

    public Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM arm_facility WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    public Optional<String> referenceOf(long id) {
        return jdbc.sql("SELECT reference FROM arm_facility WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** Facilities, all or those of one institution, by region and name. */
    public List<Facility> facilities(Long institutionId) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (institutionId != null) {
            where = " WHERE f.institution_id = :institution";
            params.put("institution", institutionId);
        }
        List<Facility> bare = jdbc.sql(FACILITY_COLUMNS + where + " ORDER BY f.adm1_name, f.name").params(params)
                .query(ArmsRepository::facility).list();
        Map<String, List<Building>> buildings = buildings(institutionId);
        return bare.stream().map(facility -> withBuildings(facility, buildings.getOrDefault(facility.reference(), List.of()))).toList();
    }

    public Optional<Facility> facility(String reference) {
        return jdbc.sql(FACILITY_COLUMNS + " WHERE f.reference = :reference").param("reference", reference)
                .query(ArmsRepository::facility).optional()
                .map(facility -> withBuildings(facility, jdbc.sql("""
                        SELECT b.name, b.role, b.lat, b.lon FROM arm_building b JOIN arm_facility f ON f.id = b.facility_id
                        WHERE f.reference = :reference ORDER BY b.id""").param("reference", reference)
                        .query(ArmsRepository::building).list()));
    }

    private Map<String, List<Building>> buildings(Long institutionId) {
        Map<String, List<Building>> byFacility = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (institutionId != null) {
            where = " WHERE f.institution_id = :institution";
            params.put("institution", institutionId);
        }
        jdbc.sql("SELECT f.reference, b.name, b.role, b.lat, b.lon FROM arm_building b JOIN arm_facility f ON f.id = b.facility_id"
                + where + " ORDER BY b.id").params(params)
                .query((rs, row) -> Map.entry(rs.getString("reference"), building(rs, row))).list()
                .forEach(entry -> byFacility.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return byFacility;
    }

    public long insertAssessment(String reference, long facilityId, String templateCode, String templateVersion,
            AssessmentRules.Draft draft, int levelReached, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO arm_assessment (reference, facility_id, template_code, template_version, assessed_on, assessor,
                    level_reached, notes, created_at, created_by)
                VALUES (:reference, :facility, :code, :version, :on, :assessor, :level, :notes, :at, :by)""")
                .param("reference", reference).param("facility", facilityId).param("code", templateCode)
                .param("version", templateVersion).param("on", draft.assessedOn()).param("assessor", draft.assessor())
                .param("level", levelReached).param("notes", draft.notes()).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by).update();
        long id = jdbc.sql("SELECT id FROM arm_assessment WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
        draft.answers().forEach((code, answer) -> jdbc.sql("""
                INSERT INTO arm_answer (assessment_id, question_code, answer, evidence) VALUES (:id, :code, :answer, :evidence)""")
                .param("id", id).param("code", code).param("answer", answer.name()).param("evidence", draft.evidence().get(code))
                .update());
        return id;
    }

    public record AssessmentRow(String reference, String facilityReference, String templateCode, String templateVersion,
            LocalDate assessedOn, String assessor, int levelReached, String notes) {
    }

    public List<AssessmentRow> assessments(String facilityReference) {
        return jdbc.sql("""
                SELECT a.*, f.reference AS facility_reference FROM arm_assessment a JOIN arm_facility f ON f.id = a.facility_id
                WHERE f.reference = :reference ORDER BY a.assessed_on DESC, a.id DESC""").param("reference", facilityReference)
                .query(ArmsRepository::assessment).list();
    }

    public Optional<AssessmentRow> assessment(String reference) {
        return jdbc.sql("""
                SELECT a.*, f.reference AS facility_reference FROM arm_assessment a JOIN arm_facility f ON f.id = a.facility_id
                WHERE a.reference = :reference""").param("reference", reference).query(ArmsRepository::assessment).optional();
    }

    public List<RecordedAnswer> answers(String assessmentReference) {
        return jdbc.sql("""
                SELECT n.question_code, n.answer, n.evidence FROM arm_answer n JOIN arm_assessment a ON a.id = n.assessment_id
                WHERE a.reference = :reference ORDER BY n.question_code""").param("reference", assessmentReference)
                .query((rs, row) -> new RecordedAnswer(rs.getString(1), Answer.valueOf(rs.getString(2)), rs.getString(3))).list();
    }

    public Optional<Long> assessmentId(String reference) {
        return jdbc.sql("SELECT id FROM arm_assessment WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    public record NewPlanRow(long facilityId, Long assessmentId, String questionCode, InterventionKind kind, String description,
            BigDecimal costUsd, LocalDate plannedOn) {
    }

    public long insertPlanItem(NewPlanRow row, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_plan_item (facility_id, assessment_id, question_code, kind, description, cost_usd, status,
                    planned_on, created_at)
                VALUES (:facility, :assessment, :question, :kind, :description, :cost, 'PLANNED', :planned, :at)""")
                .param("facility", row.facilityId()).param("assessment", row.assessmentId()).param("question", row.questionCode())
                .param("kind", row.kind().name()).param("description", row.description()).param("cost", row.costUsd())
                .param("planned", row.plannedOn()).param("at", at.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public List<String> raisedQuestions(long assessmentId) {
        return jdbc.sql("SELECT question_code FROM arm_plan_item WHERE assessment_id = :id AND question_code IS NOT NULL")
                .param("id", assessmentId).query(String.class).list();
    }

    private static final String PLAN_COLUMNS = """
            SELECT p.*, f.reference AS facility_reference, a.reference AS assessment_reference
            FROM arm_plan_item p JOIN arm_facility f ON f.id = p.facility_id LEFT JOIN arm_assessment a ON a.id = p.assessment_id
            """;

    public List<PlanItem> planItems(String facilityReference) {
        return jdbc.sql(PLAN_COLUMNS + " WHERE f.reference = :reference ORDER BY p.id").param("reference", facilityReference)
                .query(ArmsRepository::planItem).list();
    }

    /** Plan items of every facility, or of one institution's. */
    public List<PlanItem> allPlanItems(Long institutionId) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (institutionId != null) {
            where = " WHERE f.institution_id = :institution";
            params.put("institution", institutionId);
        }
        return jdbc.sql(PLAN_COLUMNS + where + " ORDER BY p.id").params(params).query(ArmsRepository::planItem).list();
    }

    public Optional<PlanItem> planItem(long id) {
        return jdbc.sql(PLAN_COLUMNS + " WHERE p.id = :id").param("id", id).query(ArmsRepository::planItem).optional();
    }

    public void updatePlanItem(long id, PlanStatus status, BigDecimal costUsd, LocalDate plannedOn, LocalDate doneOn, String description) {
        jdbc.sql("""
                UPDATE arm_plan_item SET status = :status, cost_usd = :cost, planned_on = :planned, done_on = :done,
                    description = :description WHERE id = :id""")
                .param("status", status.name()).param("cost", costUsd).param("planned", plannedOn).param("done", doneOn)
                .param("description", description).param("id", id).update();
    }

    /** The level of each facility's first assessment, by facility reference. */
    public Map<String, Integer> firstLevels() {
        Map<String, Integer> levels = new HashMap<>();
        jdbc.sql("""
                SELECT f.reference, a.level_reached FROM arm_assessment a JOIN arm_facility f ON f.id = a.facility_id
                WHERE NOT EXISTS (SELECT 1 FROM arm_assessment e WHERE e.facility_id = a.facility_id
                    AND (e.assessed_on < a.assessed_on OR (e.assessed_on = a.assessed_on AND e.id < a.id)))""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(entry -> levels.put(entry.getKey(), entry.getValue()));
        return levels;
    }

    private static PlanItem planItem(ResultSet rs, int row) throws SQLException {
        return new PlanItem(rs.getLong("id"), rs.getString("facility_reference"), rs.getString("assessment_reference"),
                rs.getString("question_code"), InterventionKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getBigDecimal("cost_usd"), PlanStatus.valueOf(rs.getString("status")), rs.getObject("planned_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class));
    }

    private static AssessmentRow assessment(ResultSet rs, int row) throws SQLException {
        return new AssessmentRow(rs.getString("reference"), rs.getString("facility_reference"), rs.getString("template_code"),
                rs.getString("template_version"), rs.getObject("assessed_on", LocalDate.class), rs.getString("assessor"),
                rs.getInt("level_reached"), rs.getString("notes"));
    }

    private static Facility facility(ResultSet rs, int row) throws SQLException {
        return new Facility(rs.getString("reference"), rs.getString("name"), FacilityType.valueOf(rs.getString("facility_type")),
                rs.getLong("institution_id"), rs.getString("institution_name"), rs.getString("unit"), rs.getDouble("lat"),
                rs.getDouble("lon"), rs.getString("adm1_pcode"), rs.getString("adm1_name"), rs.getString("adm3_name"),
                (Integer) rs.getObject("weapon_capacity", Integer.class), (Double) rs.getObject("neq_capacity_kg", Double.class),
                FacilityStatus.valueOf(rs.getString("status")), List.of(), (Integer) rs.getObject("level_reached", Integer.class),
                rs.getObject("last_assessed_on", LocalDate.class));
    }

    private static Building building(ResultSet rs, int row) throws SQLException {
        return new Building(rs.getString("name"), BuildingRole.valueOf(rs.getString("role")), rs.getDouble("lat"), rs.getDouble("lon"));
    }

    private static Facility withBuildings(Facility f, List<Building> buildings) {
        return new Facility(f.reference(), f.name(), f.type(), f.institutionId(), f.institutionName(), f.unit(), f.lat(), f.lon(),
                f.adm1Pcode(), f.adm1Name(), f.adm3Name(), f.weaponCapacity(), f.neqCapacityKg(), f.status(), List.copyOf(buildings),
                f.levelReached(), f.lastAssessedOn());
    }
}
