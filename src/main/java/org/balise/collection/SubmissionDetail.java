package org.balise.collection;

import java.time.Instant;
import java.util.List;

/** Everything a reviewer needs to decide on one submission. */
public record SubmissionDetail(SubmissionSummary summary, String formTitle, List<AnswerLine> answers,
        List<Attachment> attachments, List<String> warnings, List<RecordLink> candidates, List<Version> versions) {

    /** One answer with its question's label in the reader's language; {@code depth} > 0 inside a repeat. */
    public record AnswerLine(String label, String value, String type, int depth, boolean heading) {
    }

    public record Attachment(String name, boolean received, String contentType, Long size) {

        public boolean image() {
            return received && contentType != null && contentType.startsWith("image/");
        }
    }

    public record Version(String instanceId, String deprecatedId, String formVersion, Instant receivedAt) {
    }
}
