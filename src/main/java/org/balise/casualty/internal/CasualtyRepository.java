package org.balise.casualty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.casualty.Accident;
import org.balise.casualty.Activity;
import org.balise.casualty.AgeGroup;
import org.balise.casualty.CasualtyFigure;
import org.balise.casualty.Outcome;
import org.balise.casualty.Sex;
import org.balise.casualty.Victim;
import org.balise.casualty.VictimGroup;
import org.balise.geography.Location;
import org.balise.shared.ordnance.DeviceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the casualty module. */
@Repository
public class CasualtyRepository {

    /** The groupings of casualty figures, each a column expression (never user text). */
    public enum Grouping {
        YEAR("CAST(EXTRACT(YEAR FROM a.accident_date) AS VARCHAR(4))"),
        REGION("COALESCE(a.adm1_name, '?')"),
        SEX("v.sex"),
        AGE_GROUP("v.age_group"),
        DEVICE_CATEGORY("a.device_category"),
        VICTIM_GROUP("v.victim_group");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    private final JdbcClient jdbc;

    CasualtyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextReference() {
        return String.format("AC-%06d", jdbc.sql("SELECT nextval('cas_accident_reference_seq')").query(Long.class).single());
    }

    /** Replaces an accident's details and victims, keeping its reference. */
    public void replace(String reference, AccidentRules.Draft draft, Location location) {
        long id = jdbc.sql("SELECT id FROM cas_accident WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
        jdbc.sql("""
                UPDATE cas_accident SET accident_date = :date, lat = :lat, lon = :lon, gazetteer = :gazetteer, adm1_pcode = :adm1,
                    adm1_name = :adm1Name, adm2_pcode = :adm2, adm2_name = :adm2Name, adm3_pcode = :adm3, adm3_name = :adm3Name,
                    device_category = :category, demining_accident = :demining, hazard_area_reference = :area,
                    description = :description
                WHERE id = :id""")
                .param("date", draft.date()).param("lat", draft.lat()).param("lon", draft.lon())
                .param("gazetteer", location.gazetteer())
                .param("adm1", location.adm1() == null ? null : location.adm1().pcode())
                .param("adm1Name", location.adm1() == null ? null : location.adm1().name())
                .param("adm2", location.adm2() == null ? null : location.adm2().pcode())
                .param("adm2Name", location.adm2() == null ? null : location.adm2().name())
                .param("adm3", location.adm3() == null ? null : location.adm3().pcode())
                .param("adm3Name", location.adm3() == null ? null : location.adm3().name())
                .param("category", draft.deviceCategory().name()).param("demining", draft.deminingAccident())
                .param("area", draft.hazardAreaReference()).param("description", draft.description()).param("id", id)
                .update();
        jdbc.sql("DELETE FROM cas_victim WHERE accident_id = :id").param("id", id).update();
        insertVictims(id, draft.victims());
        bumpRevision();
    }

    public long insert(String reference, AccidentRules.Draft draft, Location location, Instant at) {
        jdbc.sql("""
                INSERT INTO cas_accident (reference, accident_date, lat, lon, gazetteer, adm1_pcode, adm1_name, adm2_pcode,
                    adm2_name, adm3_pcode, adm3_name, device_category, demining_accident, hazard_area_reference, description, created_at)
                VALUES (:reference, :date, :lat, :lon, :gazetteer, :adm1, :adm1Name, :adm2, :adm2Name, :adm3, :adm3Name,
                    :category, :demining, :area, :description, :at)""")
                .param("reference", reference).param("date", draft.date()).param("lat", draft.lat()).param("lon", draft.lon())
                .param("gazetteer", location.gazetteer())
                .param("adm1", location.adm1() == null ? null : location.adm1().pcode())
                .param("adm1Name", location.adm1() == null ? null : location.adm1().name())
                .param("adm2", location.adm2() == null ? null : location.adm2().pcode())
                .param("adm2Name", location.adm2() == null ? null : location.adm2().name())
                .param("adm3", location.adm3() == null ? null : location.adm3().pcode())
                .param("adm3Name", location.adm3() == null ? null : location.adm3().name())
                .param("category", draft.deviceCategory().name()).param("demining", draft.deminingAccident())
                .param("area", draft.hazardAreaReference()).param("description", draft.description())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("SELECT id FROM cas_accident WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
        insertVictims(id, draft.victims());
        bumpRevision();
        return id;
    }

    /** Moves the revision that kept figures and counts depend on; called after the writes, in their transaction. */
    private void bumpRevision() {
        jdbc.sql("UPDATE cas_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    /** The revision of accidents and victims: it moves with every write, on any instance. */
    public long revision() {
        return jdbc.sql("SELECT revision FROM cas_revision WHERE id = 1").query(Long.class).single();
    }

    private void insertVictims(long id, List<Victim> victims) {
        for (Victim victim : victims) {
            jdbc.sql("""
                    INSERT INTO cas_victim (accident_id, sex, age, age_group, victim_group, outcome, activity,
                        referred_to_assistance, referral_note, name, phone, date_of_birth)
                    VALUES (:id, :sex, :age, :ageGroup, :group, :outcome, :activity, :referred, :note, :name, :phone, :birth)""")
                    .param("id", id).param("sex", victim.sex().name()).param("age", victim.age())
                    .param("ageGroup", victim.ageGroup().name()).param("group", victim.group().name())
                    .param("outcome", victim.outcome().name()).param("activity", victim.activity().name())
                    .param("referred", victim.referredToAssistance()).param("note", victim.referralNote())
                    .param("name", victim.name()).param("phone", victim.phone()).param("birth", victim.dateOfBirth())
                    .update();
        }
    }

    public Optional<Accident> find(String reference) {
        return jdbc.sql("SELECT * FROM cas_accident WHERE reference = :reference").param("reference", reference)
                .query(this::accidentRow).optional().map(row -> withVictims(List.of(row)).getFirst());
    }

    public long count(Set<String> regions) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM cas_accident a" + regionFilter(regions, params)).params(params)
                .query(Long.class).single();
    }

    public List<Accident> list(Set<String> regions, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        List<AccidentRow> rows = jdbc.sql("SELECT a.* FROM cas_accident a" + regionFilter(regions, params)
                        + " ORDER BY a.accident_date DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query(this::accidentRow).list();
        return withVictims(rows);
    }

    public List<CasualtyFigure> figures(Grouping grouping, Set<String> regions) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT " + grouping.expression + " AS grp,"
                        + " SUM(CASE WHEN v.outcome = 'KILLED' THEN 1 ELSE 0 END) AS killed,"
                        + " SUM(CASE WHEN v.outcome = 'INJURED' THEN 1 ELSE 0 END) AS injured"
                        + " FROM cas_victim v JOIN cas_accident a ON a.id = v.accident_id"
                        + regionFilter(regions, params) + " GROUP BY " + grouping.expression + " ORDER BY 1")
                .params(params)
                .query((rs, row) -> new CasualtyFigure(rs.getString("grp"), rs.getLong("killed"), rs.getLong("injured")))
                .list();
    }

    /** Accidents near a point since a date, for prioritisation and risk education. */
    public List<Accident> since(LocalDate from) {
        return withVictims(jdbc.sql("SELECT * FROM cas_accident WHERE accident_date >= :from").param("from", from)
                .query(this::accidentRow).list());
    }

    /** Accidents between two dates (inclusive) in the given regions (all when empty). */
    public List<Accident> between(LocalDate from, LocalDate to, Set<String> regions) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", from, "to", to));
        String regionFilter = regionFilter(regions, params).replace(" WHERE ", " AND ");
        return withVictims(jdbc.sql("SELECT * FROM cas_accident a WHERE a.accident_date BETWEEN :from AND :to" + regionFilter)
                .params(params).query(this::accidentRow).list());
    }

    private static String regionFilter(Set<String> regions, Map<String, Object> params) {
        if (regions.isEmpty()) {
            return "";
        }
        params.put("regions", regions);
        return " WHERE a.adm1_pcode IN (:regions)";
    }

    private record AccidentRow(long id, Accident accident) {
    }

    private AccidentRow accidentRow(ResultSet rs, int row) throws SQLException {
        return new AccidentRow(rs.getLong("id"), new Accident(rs.getString("reference"),
                rs.getObject("accident_date", LocalDate.class), rs.getDouble("lat"), rs.getDouble("lon"),
                rs.getString("gazetteer"), rs.getString("adm1_pcode"), rs.getString("adm1_name"), rs.getString("adm2_pcode"),
                rs.getString("adm2_name"), rs.getString("adm3_pcode"), rs.getString("adm3_name"),
                DeviceCategory.valueOf(rs.getString("device_category")), rs.getBoolean("demining_accident"),
                rs.getString("hazard_area_reference"), rs.getString("description"), List.of()));
    }

    private List<Accident> withVictims(List<AccidentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Victim>> victims = jdbc.sql("SELECT * FROM cas_victim WHERE accident_id IN (:ids) ORDER BY id")
                .param("ids", rows.stream().map(AccidentRow::id).toList())
                .query((rs, row) -> Map.entry(rs.getLong("accident_id"), victim(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> {
            Accident a = row.accident();
            return new Accident(a.reference(), a.date(), a.lat(), a.lon(), a.gazetteer(), a.adm1Pcode(), a.adm1Name(),
                    a.adm2Pcode(), a.adm2Name(), a.adm3Pcode(), a.adm3Name(), a.deviceCategory(), a.deminingAccident(),
                    a.hazardAreaReference(), a.description(), victims.getOrDefault(row.id(), List.of()));
        }).toList();
    }

    private static Victim victim(ResultSet rs) throws SQLException {
        int age = rs.getInt("age");
        Integer ageOrNull = rs.wasNull() ? null : age;
        return new Victim(rs.getLong("id"), Sex.valueOf(rs.getString("sex")), ageOrNull,
                AgeGroup.valueOf(rs.getString("age_group")), VictimGroup.valueOf(rs.getString("victim_group")),
                Outcome.valueOf(rs.getString("outcome")), Activity.valueOf(rs.getString("activity")),
                rs.getBoolean("referred_to_assistance"), rs.getString("referral_note"), rs.getString("name"),
                rs.getString("phone"), rs.getObject("date_of_birth", LocalDate.class));
    }
}
