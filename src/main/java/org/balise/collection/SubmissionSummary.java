package org.balise.collection;

import java.time.Instant;
import java.util.List;

/** A review item: the submission's current version, its state and the records its approval produced. */
public record SubmissionSummary(long id, String formId, String formVersion, String instanceId, ReviewState state,
        String submittedBy, String instanceName, Double lat, Double lon, String adm1Pcode, Instant receivedAt,
        Instant updatedAt, boolean complete, String reviewNote, String reviewedBy, Instant reviewedAt,
        List<RecordLink> records) {
}
