package org.balise.arms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.balise.arms.Answer;
import org.balise.arms.Assessment.FailingQuestion;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.AssessmentTemplate.Level;
import org.balise.arms.AssessmentTemplate.Question;
import org.balise.arms.AssessmentTemplate.Section;
import org.balise.arms.FacilityType;
import org.balise.arms.FacilityType.Scope;
import org.balise.arms.InterventionKind;
import org.junit.jupiter.api.Test;

/** Levels on hand-worked examples: weights, thresholds, critical questions, questions that do not apply. */
class RiskLevelsTests {

    /*
     * Level 1 (threshold 0.75): Q1 weight 3 critical, Q2 weight 1, Q3 weight 2 (ammunition only).
     * Level 2 (threshold 0.75): Q4 weight 2, Q5 weight 2 critical.
     * Level 3 (threshold 0.75): Q6 weight 1.
     */
    private static final AssessmentTemplate TEMPLATE = new AssessmentTemplate("test", "1", Map.of("en", "Test"), "tests",
            List.of(new Level(1, 0.75, Map.of()), new Level(2, 0.75, Map.of()), new Level(3, 0.75, Map.of())),
            List.of(new Section("S", Map.of(), InterventionKind.EQUIPMENT, List.of(
                    question("Q1", 3, true, 1, Scope.BOTH), question("Q2", 1, false, 1, Scope.BOTH),
                    question("Q3", 2, false, 1, Scope.AMMUNITION), question("Q4", 2, false, 2, Scope.BOTH),
                    question("Q5", 2, true, 2, Scope.BOTH), question("Q6", 1, false, 3, Scope.BOTH)))));

    private static Question question(String code, int weight, boolean critical, int level, Scope scope) {
        return new Question(code, Map.of("en", code), weight, critical, level, scope);
    }

    @Test
    void anArmouryMeetingLevelOneExactlyAtItsThresholdReachesLevelTwo() {
        // Armoury: Q3 (ammunition) does not apply. Level 1: YES weights 3 of 3 + 1 = 4 -> 0.75, met at the threshold.
        // Level 2: 4 of 4 -> 1.0, met. Level 3: 0 of 1 -> 0.0, not met. Reached: 2.
        var result = RiskLevels.evaluate(TEMPLATE, FacilityType.ARMOURY, Map.of("Q1", Answer.YES, "Q2", Answer.NO,
                "Q4", Answer.YES, "Q5", Answer.YES, "Q6", Answer.NO));

        assertThat(result.levelReached()).isEqualTo(2);
        assertThat(result.levels()).extracting(level -> level.score()).containsExactly(0.75, 1.0, 0.0);
        assertThat(result.failing()).extracting(FailingQuestion::questionCode).containsExactly("Q2", "Q6");
    }

    @Test
    void aFailedCriticalQuestionStopsItsLevelWhateverTheScoreAndTheLevelsAbove() {
        // Level 2: Q5 (critical) NO: 2 of 4 -> 0.5 and a critical failure. Level 3 scores 1.0 but cannot count.
        var result = RiskLevels.evaluate(TEMPLATE, FacilityType.ARMOURY, Map.of("Q1", Answer.YES, "Q2", Answer.YES,
                "Q4", Answer.YES, "Q5", Answer.NO, "Q6", Answer.YES));

        assertThat(result.levelReached()).isEqualTo(1);
        assertThat(result.levels().get(1).met()).isFalse();
        assertThat(result.levels().get(1).failedCritical()).containsExactly("Q5");
        assertThat(result.levels().get(2).met()).isTrue();
        assertThat(result.failing()).first().satisfies(first -> {
            assertThat(first.questionCode()).isEqualTo("Q5");
            assertThat(first.critical()).isTrue();
        });
    }

    @Test
    void aCriticalFailureFailsALevelEvenAboveItsThreshold() {
        // Depot, level 1: Q1 critical NO (3), Q2 YES (1), Q3 YES (2): 3 of 6 -> 0.5; with Q1 YES instead it would be 1.0.
        var failed = RiskLevels.evaluate(TEMPLATE, FacilityType.AMMUNITION_DEPOT, Map.of("Q1", Answer.NO, "Q2", Answer.YES,
                "Q3", Answer.YES, "Q4", Answer.YES, "Q5", Answer.YES, "Q6", Answer.YES));
        assertThat(failed.levelReached()).isZero();
        assertThat(failed.levels().getFirst().score()).isEqualTo(0.5);

        // Threshold 0.75 on level 1 with the critical one failed but everything else counted: still not met.
        AssessmentTemplate lenient = new AssessmentTemplate("t", "1", Map.of(), "", List.of(new Level(1, 0.1, Map.of())),
                List.of(new Section("S", Map.of(), InterventionKind.EQUIPMENT, List.of(question("C", 1, true, 1, Scope.BOTH), question("W", 9, false, 1, Scope.BOTH)))));
        var blocked = RiskLevels.evaluate(lenient, FacilityType.MIXED, Map.of("C", Answer.NO, "W", Answer.YES));
        assertThat(blocked.levels().getFirst().score()).isEqualTo(0.9);
        assertThat(blocked.levelReached()).isZero();
    }

    @Test
    void notApplicableAnswersCountOnNeitherSide() {
        // Level 1 for a depot: Q1 YES (3), Q2 N/A, Q3 NO (2): 3 of 5 -> 0.6, below 0.75.
        var result = RiskLevels.evaluate(TEMPLATE, FacilityType.AMMUNITION_DEPOT, Map.of("Q1", Answer.YES,
                "Q2", Answer.NOT_APPLICABLE, "Q3", Answer.NO, "Q4", Answer.YES, "Q5", Answer.YES, "Q6", Answer.YES));

        assertThat(result.levels().getFirst().score()).isEqualTo(0.6);
        assertThat(result.levelReached()).isZero();
    }
}
