package org.balise.arms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.AssessmentTemplates;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intervention plans: items raised from an assessment's failing questions (each question once), their cost,
 * status and dates, and the programme view of every facility's progress.
 */
@Service
@Transactional
public class PlanManagement {

    private static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    private final ArmsRepository repository;
    private final AssessmentManagement assessments;
    private final AssessmentTemplates templates;
    private final AuditLog audit;
    private final Clock clock;

    PlanManagement(ArmsRepository repository, AssessmentManagement assessments, AssessmentTemplates templates, AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** One plan item for each failing question of the assessment not raised before; answers the items created. */
    public List<PlanItem> raise(String facilityReference, String assessmentReference) {
        ArmsAccess.requireWriter();
        Assessment assessment = assessments.assessment(facilityReference, assessmentReference);
        AssessmentTemplate template = templates.find(assessment.templateCode(), assessment.templateVersion()).orElseThrow();
        long facilityId = repository.idOf(facilityReference).orElseThrow();
        long assessmentId = repository.assessmentId(assessmentReference).orElseThrow();
        Set<String> raised = new HashSet<>(repository.raisedQuestions(assessmentId));
        String language = "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? "fr" : "en";
        List<Long> created = new ArrayList<>();
        for (Assessment.FailingQuestion failing : assessment.failing()) {
            if (raised.contains(failing.questionCode())) {
                continue;
            }
            AssessmentTemplate.Section section = template.sectionOf(failing.questionCode()).orElseThrow();
            String text = template.question(failing.questionCode()).map(question -> question.text().get(language)).orElse("");
            created.add(repository.insertPlanItem(new ArmsRepository.NewPlanRow(facilityId, assessmentId, failing.questionCode(),
                    section.intervention(), failing.questionCode() + ": " + text, null, null), clock.instant()));
        }
        audit.record(AuditEntry.of("PLAN_ITEMS_RAISED", "facility", facilityReference)
                .summary(created.size() + " item(s) from " + assessmentReference));
        return created.stream().map(id -> repository.planItem(id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public List<PlanItem> items(String facilityReference) {
        ArmsAccess.visibleFacility(repository, facilityReference);
        audit.recordStandalone(AuditEntry.of("PLAN_READ", "facility", facilityReference));
        return repository.planItems(facilityReference);
    }

    /** Changes an item's status, cost, dates or description; a finished or cancelled item no longer changes. */
    public PlanItem update(long id, PlanChange change) {
        ArmsAccess.requireWriter();
        PlanItem item = repository.planItem(id).orElseThrow(() -> ProblemException.notFound("Plan item", id));
        ArmsAccess.visibleFacility(repository, item.facilityReference());
        if (item.status() == PlanStatus.DONE || item.status() == PlanStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "Plan item " + id + " is " + item.status() + " and no longer changes");
        }
        List<FieldProblem> problems = new ArrayList<>();
        PlanStatus status = change.status() == null ? item.status() : Codes.parse(PlanStatus.class, change.status(), "status", problems);
        BigDecimal cost = item.costUsd();
        if (change.costUsd() != null) {
            if (!Double.isFinite(change.costUsd()) || change.costUsd() < 0
                    || BigDecimal.valueOf(change.costUsd()).compareTo(MAX_COST) > 0) {
                problems.add(new FieldProblem("costUsd", "invalid-cost", "costUsd must be between 0 and 1,000,000,000"));
            } else {
                cost = BigDecimal.valueOf(change.costUsd()).setScale(2, RoundingMode.HALF_UP);
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate planned = change.plannedOn() == null ? item.plannedOn() : date(change.plannedOn(), "plannedOn", problems);
        LocalDate done = change.doneOn() == null ? item.doneOn() : date(change.doneOn(), "doneOn", problems);
        if (done != null && done.isAfter(today)) {
            problems.add(new FieldProblem("doneOn", "future-date", "doneOn is in the future"));
        }
        if (status == PlanStatus.DONE && done == null) {
            done = today;
        }
        if (status != PlanStatus.DONE && change.doneOn() != null) {
            problems.add(new FieldProblem("doneOn", "not-done", "Only a DONE item has a doneOn date"));
        }
        String description = change.description() == null ? item.description() : change.description().strip();
        if (description.isEmpty() || description.length() > 1000) {
            problems.add(new FieldProblem("description", "invalid-description", "description is 1 to 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.updatePlanItem(id, status, cost, planned, done, description);
        audit.record(AuditEntry.of("PLAN_ITEM_CHANGED", "facility", item.facilityReference()).changed("status", item.status(), status)
                .changed("costUsd", item.costUsd(), cost).summary("item " + id));
        return repository.planItem(id).orElseThrow();
    }

    /** Every facility the reader may see with its levels and plan, those with the most open items first. */
    @Transactional(readOnly = true)
    public List<FacilityProgress> programme() {
        Long scope = ArmsAccess.institutionScope();
        Map<String, Integer> first = repository.firstLevels();
        Map<String, List<PlanItem>> items = new java.util.HashMap<>();
        repository.allPlanItems(scope).forEach(item -> items.computeIfAbsent(item.facilityReference(), key -> new ArrayList<>()).add(item));
        List<FacilityProgress> progress = new ArrayList<>();
        for (Facility facility : repository.facilities(scope)) {
            List<PlanItem> plan = items.getOrDefault(facility.reference(), List.of());
            progress.add(new FacilityProgress(facility.reference(), facility.name(), facility.adm1Name(), facility.institutionName(),
                    first.get(facility.reference()), facility.levelReached(), count(plan, PlanStatus.PLANNED),
                    count(plan, PlanStatus.IN_PROGRESS), count(plan, PlanStatus.DONE), count(plan, PlanStatus.CANCELLED),
                    cost(plan, false), cost(plan, true)));
        }
        progress.sort(java.util.Comparator.comparingInt((FacilityProgress p) -> p.planned() + p.inProgress()).reversed()
                .thenComparing(FacilityProgress::reference));
        audit.recordStandalone(AuditEntry.of("PROGRAMME_READ", "facility", "programme").summary(progress.size() + " facilities"));
        return progress;
    }

    private static int count(List<PlanItem> plan, PlanStatus status) {
        return (int) plan.stream().filter(item -> item.status() == status).count();
    }

    /** The cost of the items not cancelled, or of those done only. */
    private static BigDecimal cost(List<PlanItem> plan, boolean doneOnly) {
        return plan.stream().filter(item -> item.costUsd() != null && item.status() != PlanStatus.CANCELLED)
                .filter(item -> !doneOnly || item.status() == PlanStatus.DONE)
                .map(PlanItem::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", field + " must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
