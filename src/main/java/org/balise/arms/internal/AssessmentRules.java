package org.balise.arms.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.arms.Answer;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.AssessmentTemplate.Question;
import org.balise.arms.FacilityType;
import org.balise.arms.NewAssessment;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;

/** Checks an assessment against its template, naming every problem. */
public final class AssessmentRules {

    private static final int MAX_TEXT = 2000;

    private AssessmentRules() {
    }

    public record Draft(LocalDate assessedOn, String assessor, Map<String, Answer> answers, Map<String, String> evidence,
            String notes) {
    }

    public record Checked(Draft draft, List<FieldProblem> problems) {
    }

    /** Every question that applies to the facility must be answered; a critical one cannot be set aside as N/A. */
    public static Checked check(NewAssessment request, AssessmentTemplate template, FacilityType type, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate assessedOn = null;
        if (request.assessedOn() == null || request.assessedOn().isBlank()) {
            problems.add(new FieldProblem("assessedOn", "required", "assessedOn is required (YYYY-MM-DD)"));
        } else {
            try {
                assessedOn = LocalDate.parse(request.assessedOn().strip());
                if (assessedOn.isAfter(today)) {
                    problems.add(new FieldProblem("assessedOn", "future-date", "assessedOn is in the future"));
                } else if (assessedOn.getYear() < 1990) {
                    problems.add(new FieldProblem("assessedOn", "too-old", "assessedOn is before 1990"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("assessedOn", "invalid-date", "assessedOn must be a date as YYYY-MM-DD"));
            }
        }
        String assessor = request.assessor() == null ? "" : request.assessor().strip();
        if (assessor.isEmpty()) {
            problems.add(new FieldProblem("assessor", "required", "Name who assessed"));
        } else if (assessor.length() > 200) {
            problems.add(new FieldProblem("assessor", "too-long", "assessor has more than 200 characters"));
        }
        if (request.notes() != null && request.notes().length() > MAX_TEXT) {
            problems.add(new FieldProblem("notes", "too-long", "notes has more than " + MAX_TEXT + " characters"));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        List<NewAssessment.AnswerInput> given = request.answers() == null ? List.of() : request.answers();
        for (int i = 0; i < given.size(); i++) {
            NewAssessment.AnswerInput input = given.get(i);
            String at = "answers[" + i + "]";
            if (input == null || input.questionCode() == null) {
                problems.add(new FieldProblem(at + ".questionCode", "required", "Each answer names its question"));
                continue;
            }
            Question question = template.question(input.questionCode()).orElse(null);
            if (question == null) {
                problems.add(new FieldProblem(at + ".questionCode", "unknown-question", "Template " + template.code() + " "
                        + template.version() + " has no question " + input.questionCode()));
                continue;
            }
            if (answers.containsKey(question.code())) {
                problems.add(new FieldProblem(at + ".questionCode", "duplicate", question.code() + " is answered twice"));
                continue;
            }
            Answer answer = Codes.parse(Answer.class, input.answer(), at + ".answer", problems);
            if (answer == null) {
                continue;
            }
            if (answer == Answer.NOT_APPLICABLE && question.critical() && type.holds(question.appliesTo())) {
                problems.add(new FieldProblem(at + ".answer", "critical-not-applicable",
                        question.code() + " is critical: answer YES or NO"));
            }
            if (input.evidence() != null && input.evidence().length() > MAX_TEXT) {
                problems.add(new FieldProblem(at + ".evidence", "too-long", "evidence has more than " + MAX_TEXT + " characters"));
            }
            answers.put(question.code(), answer);
            if (input.evidence() != null && !input.evidence().isBlank()) {
                evidence.put(question.code(), input.evidence().strip());
            }
        }
        template.questions().filter(question -> type.holds(question.appliesTo()) && !answers.containsKey(question.code()))
                .forEach(question -> problems.add(new FieldProblem("answers", "unanswered", question.code() + " is not answered")));
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(assessedOn, assessor, answers, evidence, blankToNull(request.notes())), problems);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
