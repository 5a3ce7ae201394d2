package org.balise.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened, to what, and which fields changed. Personal fields are recorded as changed without their
 * values, so that erasing a person's data leaves no copy in the log.
 */
public final class AuditEntry {

    private final String action;
    private final String entityType;
    private final String entityId;
    private final List<FieldChange> changes = new ArrayList<>();
    private String summary;
    private String actor;

    private AuditEntry(String action, String entityType, Object entityId) {
        this.action = Objects.requireNonNull(action);
        this.entityType = entityType;
        this.entityId = entityId == null ? null : entityId.toString();
    }

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId);
    }

    /** Records a field whose before and after values may be kept. Unchanged values are skipped. */
    public AuditEntry changed(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, text(before), text(after), false));
        }
        return this;
    }

    /** Records that a personal field changed, without its values. */
    public AuditEntry changedPersonal(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, null, null, true));
        }
        return this;
    }

    public AuditEntry summary(String summary) {
        this.summary = summary;
        return this;
    }

    /** Names the actor when there is no signed-in user yet (a sign-in attempt, a start-up task). */
    public AuditEntry actor(String actor) {
        this.actor = actor;
        return this;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public String summaryText() {
        return summary;
    }

    public String explicitActor() {
        return actor;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public record FieldChange(String field, String before, String after, boolean personal) {
    }
}
