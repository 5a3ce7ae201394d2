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
import org.balise.community.FocalPoint;
import org.balise.community.FocalPointStatus;
import org.balise.community.Profile;
import org.balise.community.Training;
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
