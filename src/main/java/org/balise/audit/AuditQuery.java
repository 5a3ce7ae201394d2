package org.balise.audit;

import java.time.LocalDate;

/** Filters of an audit search; every field is optional. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from,
        LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
