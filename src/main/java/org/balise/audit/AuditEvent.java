package org.balise.audit;

import java.time.Instant;
import java.util.List;

/** One line of the audit log as it is read back. */
public record AuditEvent(long id, Instant occurredAt, String actor, String clientAddress, String action,
        String entityType, String entityId, String summary, List<AuditEntry.FieldChange> changes) {
}
