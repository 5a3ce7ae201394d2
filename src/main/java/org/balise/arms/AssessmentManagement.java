package org.balise.arms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.balise.arms.Assessment.RecordedAnswer;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.AssessmentRules;
import org.balise.arms.internal.AssessmentTemplates;
import org.balise.arms.internal.RiskLevels;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.identity.CurrentUser;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical risk assessments of facilities against a versioned template: the level reached, each level's score
 * and the failing questions, computed from the answers and the template version they were given against.
 */
@Service
@Transactional
public class AssessmentManagement {

    /** The template used when a client names none. */
    public static final String DEFAULT_TEMPLATE = "stores";

    private final ArmsRepository repository;
    private final AssessmentTemplates templates;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentManagement(ArmsRepository repository, AssessmentTemplates templates, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssessmentTemplate> templates() {
        ArmsAccess.institutionScope();
        return templates.all();
    }

    public Assessment record(String facilityReference, NewAssessment request) {
        ArmsAccess.requireWriter();
        Facility facility = ArmsAccess.visibleFacility(repository, facilityReference);
        String code = request.templateCode() == null || request.templateCode().isBlank() ? DEFAULT_TEMPLATE : request.templateCode().strip();
        AssessmentTemplate template = templates.find(code, request.templateVersion()).orElseThrow(() -> ProblemException.invalid(
                "templateVersion", "unknown-template", "No template " + code + (request.templateVersion() == null ? "" : " " + request.templateVersion())));
        AssessmentRules.Checked checked = AssessmentRules.check(request, template, facility.type(), LocalDate.now(clock));
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        RiskLevels.Evaluation evaluation = RiskLevels.evaluate(template, facility.type(), checked.draft().answers());
        String reference = repository.nextAssessmentReference();
        repository.insertAssessment(reference, repository.idOf(facilityReference).orElseThrow(), template.code(), template.version(),
                checked.draft(), evaluation.levelReached(), clock.instant(), CurrentUser.name());
        audit.record(AuditEntry.of("ASSESSMENT_RECORDED", "facility", facilityReference)
                .changed("levelReached", facility.levelReached(), evaluation.levelReached())
                .summary(reference + ", " + evaluation.failing().size() + " failing question(s)"));
        return assessment(repository.assessment(reference).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(String facilityReference) {
        ArmsAccess.visibleFacility(repository, facilityReference);
        audit.recordStandalone(AuditEntry.of("ASSESSMENTS_READ", "facility", facilityReference));
        return repository.assessments(facilityReference).stream().map(this::assessment).toList();
    }

    @Transactional(readOnly = true)
    public Assessment assessment(String facilityReference, String reference) {
        ArmsRepository.AssessmentRow row = repository.assessment(reference)
                .filter(found -> found.facilityReference().equals(facilityReference))
                .orElseThrow(() -> ProblemException.notFound("Assessment", reference));
        ArmsAccess.visibleFacility(repository, facilityReference);
        audit.recordStandalone(AuditEntry.of("ASSESSMENT_READ", "facility", facilityReference).summary(reference));
        return assessment(row);
    }

    /** Two assessments of the same facility, the earlier first. */
    @Transactional(readOnly = true)
    public AssessmentComparison compare(String facilityReference, String first, String second) {
        Assessment a = assessment(facilityReference, first);
        Assessment b = assessment(facilityReference, second);
        if (a.reference().equals(b.reference())) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Compare two different assessments");
        }
        Comparator<Assessment> byDate = Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::reference);
        Assessment before = byDate.compare(a, b) <= 0 ? a : b;
        Assessment after = before == a ? b : a;
        Map<String, Answer> was = answers(before);
        Map<String, Answer> now = answers(after);
        List<AssessmentComparison.Change> changes = new ArrayList<>();
        for (String code : new TreeSet<>(union(was, now))) {
            if (!Objects.equals(was.get(code), now.get(code))) {
                changes.add(new AssessmentComparison.Change(code, was.get(code), now.get(code)));
            }
        }
        return new AssessmentComparison(before, after, changes);
    }

    private Assessment assessment(ArmsRepository.AssessmentRow row) {
        List<RecordedAnswer> answers = repository.answers(row.reference());
        AssessmentTemplate template = templates.find(row.templateCode(), row.templateVersion()).orElseThrow(() ->
                new IllegalStateException("Template " + row.templateCode() + " " + row.templateVersion() + " is no longer shipped"));
        Facility facility = ArmsAccess.visibleFacility(repository, row.facilityReference());
        Map<String, Answer> byCode = new LinkedHashMap<>();
        answers.forEach(answer -> byCode.put(answer.questionCode(), answer.answer()));
        RiskLevels.Evaluation evaluation = RiskLevels.evaluate(template, facility.type(), byCode);
        return new Assessment(row.reference(), row.facilityReference(), row.templateCode(), row.templateVersion(), row.assessedOn(),
                row.assessor(), row.levelReached(), evaluation.levels(), evaluation.failing(), answers, row.notes());
    }

    private static Map<String, Answer> answers(Assessment assessment) {
        Map<String, Answer> byCode = new LinkedHashMap<>();
        assessment.answers().forEach(answer -> byCode.put(answer.questionCode(), answer.answer()));
        return byCode;
    }

    private static java.util.Set<String> union(Map<String, Answer> a, Map<String, Answer> b) {
        java.util.Set<String> codes = new java.util.HashSet<>(a.keySet());
        codes.addAll(b.keySet());
        return codes;
    }
}
