package org.balise.collection;

import java.time.Instant;
import java.util.Set;

/** A stored submission as its owning module reads it: the answers and the names of the attached files. */
public record SubmittedForm(String formId, String formVersion, String instanceId, Instant receivedAt, String submittedBy,
        Answers answers, Set<String> attachments) {
}
