package org.balise.education.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.education.AudienceType;
import org.balise.education.DeliveryMethod;
import org.balise.education.EoreFigure;
import org.balise.education.EoreSession;
import org.balise.education.TargetProgress.Counts;
import org.balise.geography.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the education module. */
@Repository
public class EducationRepository {

    private static final String COLUMNS = """
            SELECT reference, session_date, lat, lon, gazetteer, adm1_pcode, adm1_name, adm2_pcode, adm2_name, adm3_pcode,
                adm3_name, team, method, audience, language, messages, materials, girls, boys, women, men, disabled,
                attendance, repeat_session, group_name
            FROM edu_session
            """;

    /** SQL expression of each breakdown: the grouping key of a figure. */
    private static final Map<String, String> BREAKDOWNS = Map.of(
            "month", "CAST(EXTRACT(YEAR FROM session_date) AS INT) * 100 + CAST(EXTRACT(MONTH FROM session_date) AS INT)",
            "region", "adm1_pcode", "audience", "audience", "method", "method");

    private final JdbcClient jdbc;

    EducationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String[]> messages() {
        Map<String, String[]> messages = new LinkedHashMap<>();
        jdbc.sql("SELECT code, label_en, label_fr FROM edu_message WHERE active ORDER BY code")
                .query(rs -> {
                    messages.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return messages;
    }

    public String nextReference() {
        return String.format("ES-%06d", jdbc.sql("SELECT nextval('edu_session_reference_seq')").query(Long.class).single());
    }

    public void insert(String reference, SessionRules.Draft draft, Location location, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO edu_session (reference, session_date, lat, lon, gazetteer, adm1_pcode, adm1_name, adm2_pcode,
                    adm2_name, adm3_pcode, adm3_name, team, method, audience, language, messages, materials, girls, boys,
                    women, men, disabled, attendance, repeat_session, group_name, created_at, created_by)
                VALUES (:reference, :date, :lat, :lon, :gazetteer, :adm1, :adm1Name, :adm2, :adm2Name, :adm3, :adm3Name, :team,
                    :method, :audience, :language, :messages, :materials, :girls, :boys, :women, :men, :disabled,
                    :attendance, :repeat, :groupName, :at, :by)""")
                .param("reference", reference).param("date", draft.date()).param("lat", draft.lat()).param("lon", draft.lon())
                .param("gazetteer", location.gazetteer())
                .param("adm1", location.adm1() == null ? null : location.adm1().pcode())
                .param("adm1Name", location.adm1() == null ? null : location.adm1().name())
                .param("adm2", location.adm2() == null ? null : location.adm2().pcode())
                .param("adm2Name", location.adm2() == null ? null : location.adm2().name())
                .param("adm3", location.adm3() == null ? null : location.adm3().pcode())
                .param("adm3Name", location.adm3() == null ? null : location.adm3().name())
                .param("team", draft.team()).param("method", draft.method().name()).param("audience", draft.audience().name())
                .param("language", draft.language()).param("messages", String.join(" ", draft.messages()))
                .param("materials", draft.materials()).param("girls", draft.beneficiaries().girls())
                .param("boys", draft.beneficiaries().boys()).param("women", draft.beneficiaries().women())
                .param("men", draft.beneficiaries().men()).param("disabled", draft.beneficiaries().disabled())
                .param("attendance", draft.attendance()).param("repeat", draft.repeatSession()).param("groupName", draft.groupName())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update();
    }

    public Optional<EoreSession> find(String reference) {
        return jdbc.sql(COLUMNS + " WHERE reference = :reference").param("reference", reference).query(this::session).optional();
    }

    public List<EoreSession> list(Collection<String> regions, int limit, int offset) {
        return jdbc.sql(COLUMNS + where(regions) + " ORDER BY session_date DESC, reference DESC LIMIT :limit OFFSET :offset")
                .params(regionParams(regions)).param("limit", limit).param("offset", offset).query(this::session).list();
    }

    public long count(Collection<String> regions) {
        return jdbc.sql("SELECT COUNT(*) FROM edu_session" + where(regions)).params(regionParams(regions)).query(Long.class).single();
    }

    public boolean isBreakdown(String breakdown) {
        return BREAKDOWNS.containsKey(breakdown);
    }

    /** Sessions and people reached per group; people of repeat sessions are not counted again. */
    public List<EoreFigure> figures(String breakdown, Collection<String> regions) {
        String key = BREAKDOWNS.get(breakdown);
        return jdbc.sql("SELECT " + key + " AS figure_key, COUNT(*) AS sessions,"
                        + " SUM(CASE WHEN repeat_session THEN 0 ELSE girls END), SUM(CASE WHEN repeat_session THEN 0 ELSE boys END),"
                        + " SUM(CASE WHEN repeat_session THEN 0 ELSE women END), SUM(CASE WHEN repeat_session THEN 0 ELSE men END),"
                        + " SUM(CASE WHEN repeat_session THEN 0 ELSE disabled END) FROM edu_session" + where(regions)
                        + " GROUP BY " + key + " ORDER BY figure_key")
                .params(regionParams(regions))
                .query((rs, row) -> new EoreFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7))).list();
    }

    public record RegionQuarter(String adm1Pcode, int quarter) {
    }

    /** What the year's sessions achieved per region and quarter (repeat sessions not counted again). */
    public Map<RegionQuarter, Counts> achieved(int year) {
        Map<RegionQuarter, Counts> achieved = new HashMap<>();
        jdbc.sql("""
                SELECT adm1_pcode, CAST(EXTRACT(MONTH FROM session_date) AS INT) AS session_month, SUM(girls), SUM(boys), SUM(women), SUM(men)
                FROM edu_session WHERE NOT repeat_session AND session_date >= :from AND session_date < :to AND adm1_pcode IS NOT NULL
                GROUP BY adm1_pcode, CAST(EXTRACT(MONTH FROM session_date) AS INT)""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(rs -> {
                    Counts month = new Counts(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
                    achieved.merge(new RegionQuarter(rs.getString(1), (rs.getInt(2) + 2) / 3), month,
                            (a, b) -> new Counts(a.girls() + b.girls(), a.boys() + b.boys(), a.women() + b.women(), a.men() + b.men()));
                });
        return achieved;
    }

    public Map<RegionQuarter, Counts> targets(String gazetteer, int year) {
        Map<RegionQuarter, Counts> targets = new HashMap<>();
        jdbc.sql("SELECT adm1_pcode, target_quarter, girls, boys, women, men FROM edu_target WHERE gazetteer = :g AND target_year = :year")
                .param("g", gazetteer).param("year", year)
                .query(rs -> {
                    targets.put(new RegionQuarter(rs.getString(1), rs.getInt(2)),
                            new Counts(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                });
        return targets;
    }

    public void saveTarget(String gazetteer, String adm1Pcode, int year, int quarter, Counts counts) {
        jdbc.sql("DELETE FROM edu_target WHERE gazetteer = :g AND adm1_pcode = :adm1 AND target_year = :year AND target_quarter = :quarter")
                .param("g", gazetteer).param("adm1", adm1Pcode).param("year", year).param("quarter", quarter).update();
        jdbc.sql("""
                INSERT INTO edu_target (gazetteer, adm1_pcode, target_year, target_quarter, girls, boys, women, men)
                VALUES (:g, :adm1, :year, :quarter, :girls, :boys, :women, :men)""")
                .param("g", gazetteer).param("adm1", adm1Pcode).param("year", year).param("quarter", quarter)
                .param("girls", counts.girls()).param("boys", counts.boys()).param("women", counts.women()).param("men", counts.men())
                .update();
    }

    private static String where(Collection<String> regions) {
        return regions.isEmpty() ? "" : " WHERE adm1_pcode IN (:regions)";
    }

    private static Map<String, Object> regionParams(Collection<String> regions) {
        return regions.isEmpty() ? Map.of() : Map.of("regions", regions);
    }

    private EoreSession session(ResultSet rs, int row) throws SQLException {
        return new EoreSession(rs.getString("reference"), rs.getObject("session_date", LocalDate.class),
                new EoreSession.Location(rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("gazetteer"), rs.getString("adm1_pcode"),
                        rs.getString("adm1_name"), rs.getString("adm2_pcode"), rs.getString("adm2_name"), rs.getString("adm3_pcode"),
                        rs.getString("adm3_name")),
                rs.getString("team"), DeliveryMethod.valueOf(rs.getString("method")), AudienceType.valueOf(rs.getString("audience")),
                rs.getString("language"), Arrays.asList(rs.getString("messages").split(" ")), rs.getString("materials"),
                new EoreSession.Beneficiaries(rs.getInt("girls"), rs.getInt("boys"), rs.getInt("women"), rs.getInt("men"),
                        rs.getInt("disabled")),
                rs.getInt("attendance"), rs.getBoolean("repeat_session"), rs.getString("group_name"));
    }
}
