package org.balise.collection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.collection.CollectedForm;
import org.balise.collection.RecordLink;
import org.balise.collection.ReviewState;
import org.balise.collection.SubmissionSummary;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL of the collection module: forms, submissions and their versions, attachments, produced records. */
@Repository
public class CollectionRepository {

    private static final String SUBMISSION_COLUMNS = """
            SELECT s.id, s.form_id, v.form_version, s.current_instance_id, s.state, s.submitted_by, s.instance_name, s.lat,
                s.lon, s.adm1_pcode, s.received_at, s.updated_at, s.complete, s.review_note, s.reviewed_by, s.reviewed_at
            FROM col_submission s JOIN col_submission_version v ON v.instance_id = s.current_instance_id
            """;

    private final JdbcClient jdbc;

    CollectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Forms

    public record FormRow(String formId, String title, String currentVersion, boolean closed) {
    }

    public record FormFile(String formId, String version, String title, byte[] xml, String md5) {
    }

    public Optional<FormRow> form(String formId) {
        return jdbc.sql("SELECT form_id, title, current_version, closed FROM col_form WHERE form_id = :id").param("id", formId)
                .query((rs, row) -> new FormRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
    }

    public List<FormRow> forms() {
        return jdbc.sql("SELECT form_id, title, current_version, closed FROM col_form ORDER BY title")
                .query((rs, row) -> new FormRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    public Optional<FormFile> formFile(String formId, String version) {
        return jdbc.sql("SELECT form_id, version, title, xml, md5 FROM col_form_version WHERE form_id = :id AND version = :version")
                .param("id", formId).param("version", version)
                .query((rs, row) -> new FormFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5)))
                .optional();
    }

    public List<CollectedForm.Version> versions(String formId) {
        return jdbc.sql("""
                SELECT version, title, md5, published_at, published_by FROM col_form_version WHERE form_id = :id
                ORDER BY published_at DESC, version DESC""").param("id", formId)
                .query((rs, row) -> new CollectedForm.Version(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, "published_at"), rs.getString(5))).list();
    }

    public void insertForm(String formId, String title, String version, Instant at) {
        jdbc.sql("INSERT INTO col_form (form_id, title, current_version, closed, created_at) VALUES (:id, :title, :version, FALSE, :at)")
                .param("id", formId).param("title", title).param("version", version).param("at", utc(at)).update();
    }

    public void insertFormVersion(String formId, String version, String title, byte[] xml, String md5, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO col_form_version (form_id, version, title, xml, md5, published_at, published_by)
                VALUES (:id, :version, :title, :xml, :md5, :at, :by)""")
                .param("id", formId).param("version", version).param("title", title).param("xml", xml).param("md5", md5)
                .param("at", utc(at)).param("by", by).update();
    }

    public void makeCurrent(String formId, String version, String title) {
        jdbc.sql("UPDATE col_form SET current_version = :version, title = :title WHERE form_id = :id")
                .param("id", formId).param("version", version).param("title", title).update();
    }

    public void setClosed(String formId, boolean closed) {
        jdbc.sql("UPDATE col_form SET closed = :closed WHERE form_id = :id").param("id", formId).param("closed", closed).update();
    }

    public Map<String, Long> submissionCounts() {
        return jdbc.sql("SELECT form_id, COUNT(*) FROM col_submission GROUP BY form_id")
                .query(rs -> {
                    Map<String, Long> counts = new java.util.HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });
    }

    // Intake

    public record StoredVersion(long versionId, long submissionId, String sha256, boolean current) {
    }

    public Optional<StoredVersion> versionOf(String instanceId) {
        return jdbc.sql("""
                SELECT v.id, v.submission_id, v.xml_sha256, s.current_instance_id = v.instance_id
                FROM col_submission_version v JOIN col_submission s ON s.id = v.submission_id WHERE v.instance_id = :instance""")
                .param("instance", instanceId)
                .query((rs, row) -> new StoredVersion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4))).optional();
    }

    public record NewSubmission(String formId, String instanceId, String submittedBy, String instanceName, Double lat,
            Double lon, String adm1Pcode, Instant at, boolean complete) {
    }

    public long insertSubmission(NewSubmission submission) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO col_submission (form_id, current_instance_id, state, submitted_by, instance_name, lat, lon,
                    adm1_pcode, received_at, updated_at, complete)
                VALUES (:form, :instance, :state, :by, :name, :lat, :lon, :adm1, :at, :at, :complete)""")
                .param("form", submission.formId()).param("instance", submission.instanceId())
                .param("state", ReviewState.RECEIVED.name()).param("by", submission.submittedBy())
                .param("name", submission.instanceName()).param("lat", submission.lat()).param("lon", submission.lon())
                .param("adm1", submission.adm1Pcode()).param("at", utc(submission.at())).param("complete", submission.complete())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** An edit becomes the submission's current version and sends it back for review. */
    public void replaceCurrent(long submissionId, NewSubmission edit) {
        jdbc.sql("""
                UPDATE col_submission SET current_instance_id = :instance, state = :state, instance_name = :name, lat = :lat,
                    lon = :lon, adm1_pcode = :adm1, updated_at = :at, complete = :complete WHERE id = :id""")
                .param("id", submissionId).param("instance", edit.instanceId()).param("state", ReviewState.EDITED.name())
                .param("name", edit.instanceName()).param("lat", edit.lat()).param("lon", edit.lon())
                .param("adm1", edit.adm1Pcode()).param("at", utc(edit.at())).param("complete", edit.complete()).update();
    }

    public long insertVersion(long submissionId, String instanceId, String deprecatedId, String formVersion, byte[] xml,
            String sha256, Long appUserId, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO col_submission_version (submission_id, instance_id, deprecated_id, form_version, xml, xml_sha256,
                    app_user_id, received_at)
                VALUES (:submission, :instance, :deprecated, :version, :xml, :sha, :appUser, :at)""")
                .param("submission", submissionId).param("instance", instanceId).param("deprecated", deprecatedId)
                .param("version", formVersion).param("xml", xml).param("sha", sha256).param("appUser", appUserId)
                .param("at", utc(at)).update(key, "id");
        return key.getKey().longValue();
    }

    public void expectAttachment(long versionId, String name) {
        jdbc.sql("INSERT INTO col_attachment (version_id, name) VALUES (:version, :name)")
                .param("version", versionId).param("name", name).update();
    }

    /** Records a file that arrived; a file already received is left as it was (a resend changes nothing). */
    public int attachmentArrived(long versionId, String name, String sha256, String contentType, long size, Instant at) {
        return jdbc.sql("""
                UPDATE col_attachment SET content_sha256 = :sha, content_type = :type, size_bytes = :size, received_at = :at
                WHERE version_id = :version AND name = :name AND content_sha256 IS NULL""")
                .param("version", versionId).param("name", name).param("sha", sha256).param("type", contentType)
                .param("size", size).param("at", utc(at)).update();
    }

    public long missingAttachments(long versionId) {
        return jdbc.sql("SELECT COUNT(*) FROM col_attachment WHERE version_id = :version AND content_sha256 IS NULL")
                .param("version", versionId).query(Long.class).single();
    }

    public void setComplete(long submissionId, boolean complete) {
        jdbc.sql("UPDATE col_submission SET complete = :complete WHERE id = :id").param("id", submissionId)
                .param("complete", complete).update();
    }

    // Review queue

    public record QueueFilter(Collection<String> formIds, String formId, String submittedBy, LocalDate from, LocalDate to,
            ReviewState state, Collection<String> regions, String instanceId) {
    }

    public ListPage<SubmissionSummary> submissions(QueueFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE s.form_id IN (:forms)");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("forms", filter.formIds().isEmpty() ? List.of("") : filter.formIds());
        if (filter.formId() != null) {
            where.append(" AND s.form_id = :form");
            params.put("form", filter.formId());
        }
        if (filter.submittedBy() != null) {
            where.append(" AND s.submitted_by = :by");
            params.put("by", filter.submittedBy());
        }
        if (filter.from() != null) {
            where.append(" AND s.received_at >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" AND s.received_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.state() != null) {
            where.append(" AND s.state = :state");
            params.put("state", filter.state().name());
        }
        if (!filter.regions().isEmpty()) {
            where.append(" AND s.adm1_pcode IN (:regions)");
            params.put("regions", filter.regions());
        }
        if (filter.instanceId() != null) {
            where.append(" AND s.id IN (SELECT submission_id FROM col_submission_version WHERE instance_id = :instance)");
            params.put("instance", filter.instanceId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM col_submission s" + where).params(params).query(Long.class).single();
        List<SubmissionSummary> items = jdbc.sql(SUBMISSION_COLUMNS + where + " ORDER BY s.received_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset()).query(this::summary).list();
        return new ListPage<>(items.stream().map(this::withRecords).toList(), total);
    }

    public Optional<SubmissionSummary> submission(long id) {
        return jdbc.sql(SUBMISSION_COLUMNS + " WHERE s.id = :id").param("id", id).query(this::summary).optional().map(this::withRecords);
    }

    public List<String> submitters() {
        return jdbc.sql("SELECT DISTINCT submitted_by FROM col_submission ORDER BY submitted_by").query(String.class).list();
    }

    public record VersionRow(long id, String instanceId, String deprecatedId, String formVersion, byte[] xml, Instant receivedAt) {
    }

    public List<VersionRow> versionsOf(long submissionId) {
        return jdbc.sql("""
                SELECT id, instance_id, deprecated_id, form_version, xml, received_at FROM col_submission_version
                WHERE submission_id = :id ORDER BY received_at DESC, id DESC""").param("id", submissionId)
                .query((rs, row) -> new VersionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), instant(rs, "received_at"))).list();
    }

    public record AttachmentRow(String name, String sha256, String contentType, Long size) {

        public boolean received() {
            return sha256 != null;
        }
    }

    public List<AttachmentRow> attachments(long versionId) {
        return jdbc.sql("SELECT name, content_sha256, content_type, size_bytes FROM col_attachment WHERE version_id = :id ORDER BY name")
                .param("id", versionId)
                .query((rs, row) -> new AttachmentRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class))).list();
    }

    public int review(long id, ReviewState from, ReviewState to, String note, String by, Instant at) {
        return jdbc.sql("""
                UPDATE col_submission SET state = :to, review_note = :note, reviewed_by = :by, reviewed_at = :at
                WHERE id = :id AND state = :from""")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("note", note).param("by", by)
                .param("at", utc(at)).update();
    }

    public void insertRecord(long submissionId, RecordLink record) {
        jdbc.sql("""
                INSERT INTO col_submission_record (submission_id, kind, reference, description, href)
                VALUES (:id, :kind, :reference, :description, :href)""")
                .param("id", submissionId).param("kind", record.kind()).param("reference", record.reference())
                .param("description", record.description()).param("href", record.href()).update();
    }

    private SubmissionSummary withRecords(SubmissionSummary summary) {
        List<RecordLink> records = jdbc.sql("""
                SELECT kind, reference, description, href FROM col_submission_record WHERE submission_id = :id ORDER BY kind, reference""")
                .param("id", summary.id())
                .query((rs, row) -> new RecordLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        return new SubmissionSummary(summary.id(), summary.formId(), summary.formVersion(), summary.instanceId(), summary.state(),
                summary.submittedBy(), summary.instanceName(), summary.lat(), summary.lon(), summary.adm1Pcode(),
                summary.receivedAt(), summary.updatedAt(), summary.complete(), summary.reviewNote(), summary.reviewedBy(),
                summary.reviewedAt(), records);
    }

    private SubmissionSummary summary(ResultSet rs, int row) throws SQLException {
        return new SubmissionSummary(rs.getLong("id"), rs.getString("form_id"), rs.getString("form_version"),
                rs.getString("current_instance_id"), ReviewState.valueOf(rs.getString("state")), rs.getString("submitted_by"),
                rs.getString("instance_name"), (Double) rs.getObject("lat", Double.class), (Double) rs.getObject("lon", Double.class),
                rs.getString("adm1_pcode"), instant(rs, "received_at"), instant(rs, "updated_at"), rs.getBoolean("complete"),
                rs.getString("review_note"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"), new ArrayList<>());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
