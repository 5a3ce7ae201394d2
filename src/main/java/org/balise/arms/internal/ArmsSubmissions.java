package org.balise.arms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.arms.Assessment;
import org.balise.arms.AssessmentManagement;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.NewAssessment;
import org.balise.collection.Answers;
import org.balise.collection.RecordLink;
import org.balise.collection.SubmissionHandler;
import org.balise.collection.SubmittedForm;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The store assessment form: sensitive, so its submissions go to AMD officers only. An approved submission
 * becomes an assessment of the facility it names, against the template version the form was generated from.
 */
@Component
class ArmsSubmissions implements SubmissionHandler {

    static final String FORM = "arms-assessment";
    /** The template version every version of the form so far was generated from. */
    static final String TEMPLATE_VERSION = "2026.1";

    private final AssessmentManagement assessments;
    private final AssessmentTemplates templates;
    private final ArmsRepository facilities;

    ArmsSubmissions(AssessmentManagement assessments, AssessmentTemplates templates, ArmsRepository facilities) {
        this.assessments = assessments;
        this.templates = templates;
        this.facilities = facilities;
    }

    @Override
    public Set<String> formIds() {
        return Set.of(FORM);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.SENSITIVE;
    }

    @Override
    public List<String> warnings(SubmittedForm submission, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        String facility = facility(submission.answers());
        if (facility == null || facilities.facility(facility).isEmpty()) {
            return List.of(french ? "Aucune installation n’a le code " + facility + " : la soumission ne peut pas être approuvée."
                    : "No facility has the code " + facility + ": the submission cannot be approved.");
        }
        return List.of();
    }

    @Override
    public List<RecordLink> linkCandidates(SubmittedForm submission) {
        return List.of();
    }

    @Override
    public List<RecordLink> approve(SubmittedForm submission, String linkTo) {
        Answers answers = submission.answers();
        String facility = facility(answers);
        if (facility == null) {
            throw ProblemException.invalid("facility", "required", "The submission names no facility");
        }
        AssessmentTemplate template = templates.find(AssessmentManagement.DEFAULT_TEMPLATE, TEMPLATE_VERSION).orElseThrow();
        List<NewAssessment.AnswerInput> given = new ArrayList<>();
        for (AssessmentTemplate.Section section : template.sections()) {
            for (AssessmentTemplate.Question question : section.questions()) {
                String path = section.code().toLowerCase(Locale.ROOT) + "/" + question.code().toLowerCase(Locale.ROOT).replace('-', '_');
                String answer = answers.text(path);
                if (answer != null) {
                    given.add(new NewAssessment.AnswerInput(question.code(), answer, answers.text(path + "_evidence")));
                }
            }
        }
        // Questions about stock the facility does not hold are asked on the phone too; they are not part of its assessment.
        var type = facilities.facility(facility).orElseThrow(() -> ProblemException.notFound("Facility", facility)).type();
        given.removeIf(input -> !type.holds(template.question(input.questionCode()).orElseThrow().appliesTo()));
        String notes = answers.text("notes");
        Assessment assessment = assessments.record(facility, new NewAssessment(template.code(), template.version(),
                answers.text("assessed_on"), answers.text("assessor"), given,
                (notes == null ? "" : notes + " ") + "Submission " + submission.instanceId()));
        return List.of(new RecordLink("assessment", assessment.reference(), "level " + assessment.levelReached(),
                "/arms/facilities/" + facility + "/assessments/" + assessment.reference()));
    }

    private static String facility(Answers answers) {
        String code = answers.text("facility");
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
