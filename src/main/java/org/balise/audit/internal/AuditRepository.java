package org.balise.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditEvent;
import org.balise.audit.AuditQuery;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** All SQL of the audit log. Insert and select only: the log has no update or delete path. */
@Repository
public class AuditRepository {

    private static final TypeReference<List<AuditEntry.FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Instant at, String actor, String clientAddress, AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, client_address, action, entity_type, entity_id, summary, changes)
                VALUES (:at, :actor, :address, :action, :entityType, :entityId, :summary, :changes)
                """)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("actor", truncate(actor, 100))
                .param("address", truncate(clientAddress, 64))
                .param("action", entry.action())
                .param("entityType", entry.entityType())
                .param("entityId", truncate(entry.entityId(), 100))
                .param("summary", truncate(entry.summaryText(), 500))
                .param("changes", entry.changes().isEmpty() ? null : json.writeValueAsString(entry.changes()))
                .update();
    }

    public ListPage<AuditEvent> search(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (hasText(query.actor())) {
            where.append(" AND actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (hasText(query.action())) {
            where.append(" AND action = :action");
            params.put("action", query.action().strip());
        }
        if (hasText(query.entityType())) {
            where.append(" AND entity_type = :entityType");
            params.put("entityType", query.entityType().strip());
        }
        if (hasText(query.entityId())) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", query.entityId().strip());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = jdbc.sql("""
                SELECT id, occurred_at, actor, client_address, action, entity_type, entity_id, summary, changes
                FROM audit_event""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(this::event)
                .list();
        return new ListPage<>(items, total);
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("client_address"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"),
                changes == null ? new ArrayList<>() : json.readValue(changes, CHANGES));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
