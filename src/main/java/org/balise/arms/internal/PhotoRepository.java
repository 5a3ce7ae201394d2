package org.balise.arms.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.balise.arms.Photo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of facility photos. */
@Repository
public class PhotoRepository {

    private static final String COLUMNS = """
            SELECT p.*, f.reference AS facility_reference, a.reference AS assessment_reference, d.reference AS destruction_reference
            FROM arm_photo p JOIN arm_facility f ON f.id = p.facility_id LEFT JOIN arm_assessment a ON a.id = p.assessment_id
            LEFT JOIN arm_destruction d ON d.id = p.destruction_id
            """;

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long facilityId, Long assessmentId, Long destructionId, String sha256, String contentType, long size,
            String caption, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_photo (facility_id, assessment_id, destruction_id, sha256, content_type, size_bytes, caption,
                    created_at, created_by)
                VALUES (:facility, :assessment, :destruction, :sha, :type, :size, :caption, :at, :by)""")
                .param("facility", facilityId).param("assessment", assessmentId).param("destruction", destructionId)
                .param("sha", sha256).param("type", contentType).param("size", size).param("caption", caption)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public List<Photo> ofFacility(String facilityReference) {
        return jdbc.sql(COLUMNS + " WHERE f.reference = :reference ORDER BY p.id").param("reference", facilityReference)
                .query((rs, row) -> photo(rs)).list();
    }

    public record Stored(Photo photo, String sha256) {
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE p.id = :id").param("id", id).query((rs, row) -> new Stored(photo(rs), rs.getString("sha256")))
                .optional();
    }

    public Optional<Long> destructionId(String reference, String facilityReference) {
        return jdbc.sql("""
                SELECT d.id FROM arm_destruction d JOIN arm_facility f ON f.id = d.facility_id
                WHERE d.reference = :reference AND f.reference = :facility""")
                .param("reference", reference).param("facility", facilityReference).query(Long.class).optional();
    }

    private static Photo photo(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Photo(rs.getLong("id"), rs.getString("facility_reference"), rs.getString("assessment_reference"),
                rs.getString("destruction_reference"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("caption"));
    }
}
