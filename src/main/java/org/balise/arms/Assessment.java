package org.balise.arms;

import java.time.LocalDate;
import java.util.List;

/** A recorded assessment: the level it reached, each level's score, the questions that failed, and the answers. */
public record Assessment(String reference, String facilityReference, String templateCode, String templateVersion,
        LocalDate assessedOn, String assessor, int levelReached, List<LevelResult> levels, List<FailingQuestion> failing,
        List<RecordedAnswer> answers, String notes) {

    /** One level's weighted score (0–1) against its threshold, and the critical questions that failed there. */
    public record LevelResult(int level, double score, double threshold, boolean met, List<String> failedCritical) {
    }

    public record FailingQuestion(String questionCode, int level, boolean critical, int weight) {
    }

    public record RecordedAnswer(String questionCode, Answer answer, String evidence) {
    }
}
