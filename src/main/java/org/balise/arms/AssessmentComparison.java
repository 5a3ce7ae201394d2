package org.balise.arms;

import java.util.List;

/** Two assessments of one facility side by side (before and after refurbishment), with the answers that changed. */
public record AssessmentComparison(Assessment before, Assessment after, List<Change> changes) {

    public record Change(String questionCode, Answer before, Answer after) {
    }
}
