package org.balise.arms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.balise.arms.Answer;
import org.balise.arms.Assessment.FailingQuestion;
import org.balise.arms.Assessment.LevelResult;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.AssessmentTemplate.Question;
import org.balise.arms.FacilityType;

/**
 * The risk reduction levels an assessment reaches. A level is met when the weighted share of its applicable
 * questions answered YES reaches the level's threshold and none of its critical questions is answered NO.
 * Levels build on each other: level 2 counts only if level 1 is met, and so on. Questions answered
 * NOT_APPLICABLE, or about stock the facility does not hold, count on neither side.
 */
public final class RiskLevels {

    private RiskLevels() {
    }

    public record Evaluation(int levelReached, List<LevelResult> levels, List<FailingQuestion> failing) {
    }

    public static Evaluation evaluate(AssessmentTemplate template, FacilityType type, Map<String, Answer> answers) {
        List<LevelResult> levels = new ArrayList<>();
        List<FailingQuestion> failing = new ArrayList<>();
        int reached = 0;
        boolean stillClimbing = true;
        for (AssessmentTemplate.Level level : template.levels().stream().sorted(Comparator.comparingInt(AssessmentTemplate.Level::level)).toList()) {
            int satisfied = 0;
            int assessed = 0;
            List<String> failedCritical = new ArrayList<>();
            for (Question question : template.questions().filter(q -> q.level() == level.level() && type.holds(q.appliesTo())).toList()) {
                Answer answer = answers.get(question.code());
                if (answer == null || answer == Answer.NOT_APPLICABLE) {
                    continue;
                }
                assessed += question.weight();
                if (answer == Answer.YES) {
                    satisfied += question.weight();
                } else {
                    failing.add(new FailingQuestion(question.code(), question.level(), question.critical(), question.weight()));
                    if (question.critical()) {
                        failedCritical.add(question.code());
                    }
                }
            }
            // A level with nothing to assess for this facility stands met: it asks nothing of it.
            double score = assessed == 0 ? 1.0 : (double) satisfied / assessed;
            boolean met = score >= level.threshold() && failedCritical.isEmpty();
            levels.add(new LevelResult(level.level(), Math.round(score * 1000) / 1000.0, level.threshold(), met, failedCritical));
            if (met && stillClimbing) {
                reached = level.level();
            } else {
                stillClimbing = false;
            }
        }
        failing.sort(Comparator.comparing(FailingQuestion::critical).reversed().thenComparingInt(FailingQuestion::level)
                .thenComparing(Comparator.comparingInt(FailingQuestion::weight).reversed()));
        return new Evaluation(reached, levels, failing);
    }
}
