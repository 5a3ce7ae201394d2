package org.balise.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.community.internal.CommunityRepository;
import org.balise.community.internal.CommunityRepository.ReportFilter;
import org.balise.community.internal.FollowUpRules;
import org.balise.community.internal.NetworkFigures;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.ReportProgress;
import org.balise.identity.CurrentUser;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports from communities once approved, each with what it became and its follow-up; the reporter's name and
 * phone only for IM officers and admins, every such read audited. Reports are created by approving a focal
 * point's submission in the review queue.
 */
@Service
@Transactional
public class CfpReportManagement {

    private final CommunityRepository repository;
    private final HazardReportManagement hazardReports;
    private final AuditLog audit;
    private final Clock clock;

    CfpReportManagement(CommunityRepository repository, HazardReportManagement hazardReports, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.hazardReports = hazardReports;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which reports to list; null criteria select everything the reader may see. */
    public record ReportQuery(ReportKind kind, String adm1Pcode, String focalPointReference) {

        public static final ReportQuery ALL = new ReportQuery(null, null, null);
    }

    @Transactional(readOnly = true)
    public ListPage<CfpReport> reports(ReportQuery query, PageRequest page) {
        ReportFilter filter = new ReportFilter(CurrentUser.regions(), query.kind(), query.adm1Pcode(), query.focalPointReference());
        List<CfpReport> items = withFollowUp(repository.reports(filter, page.limit(), page.offset()));
        boolean personal = CommunityManagement.maySeePersonalData();
        if (personal && items.stream().anyMatch(report -> report.reporterName() != null || report.reporterPhone() != null)) {
            audit.recordStandalone(AuditEntry.of("CFP_REPORTS_READ", "cfp-report", "list").summary(items.size() + " with reporters"));
        }
        return new ListPage<>(personal ? items : items.stream().map(CfpReport::anonymised).toList(), repository.countReports(filter));
    }

    @Transactional(readOnly = true)
    public CfpReport report(String reference) {
        CfpReport report = withFollowUp(List.of(find(reference))).getFirst();
        if (!CommunityManagement.maySeePersonalData()) {
            return report.anonymised();
        }
        if (report.reporterName() != null || report.reporterPhone() != null) {
            audit.recordStandalone(AuditEntry.of("CFP_REPORT_READ", "cfp-report", reference));
        }
        return report;
    }

    /** Records that a team went to a reported dangerous item and confirmed it, while nothing else has happened. */
    public CfpReport verify(String reference, String team, String date) {
        CfpReport report = withFollowUp(List.of(find(reference))).getFirst();
        List<FieldProblem> problems = new ArrayList<>();
        String teamName = team == null ? "" : team.strip();
        if (teamName.isEmpty()) {
            problems.add(new FieldProblem("team", "required", "Name the team that went"));
        } else if (teamName.length() > 200) {
            problems.add(new FieldProblem("team", "too-long", "team has more than 200 characters"));
        }
        LocalDate on = null;
        try {
            on = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", "invalid-date", "date must be a date as YYYY-MM-DD"));
        }
        if (on == null && problems.stream().noneMatch(problem -> problem.field().equals("date"))) {
            problems.add(new FieldProblem("date", "required", "date is required (YYYY-MM-DD)"));
        } else if (on != null && on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "future-date", "date is in the future"));
        } else if (on != null && on.isBefore(report.reportDate())) {
            problems.add(new FieldProblem("date", "before-report", "The visit cannot be before the report"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (!FollowUpRules.mayBeVerified(report.kind(), report.followUp())) {
            throw new ProblemException(ProblemType.CONFLICT, "Report " + reference + " is " + report.followUp()
                    + ": only a dangerous-item report still RECEIVED can be marked as verified");
        }
        repository.verifyReport(reference, teamName, on);
        audit.record(AuditEntry.of("CFP_REPORT_VERIFIED", "cfp-report", reference).changed("followUp", report.followUp(),
                FollowUp.VERIFIED).summary(teamName + ", " + on));
        return report(reference);
    }

    /** Every report the reader may see, without personal data: for figures, maps and exports. */
    @Transactional(readOnly = true)
    public List<CfpReport> anonymisedReports(ReportQuery query) {
        ReportFilter filter = new ReportFilter(CurrentUser.regions(), query.kind(), query.adm1Pcode(), query.focalPointReference());
        return withFollowUp(repository.reports(filter, Integer.MAX_VALUE, 0)).stream().map(CfpReport::anonymised).toList();
    }

    /** Reports by month (YYYY-MM), region, follow-up or kind. */
    @Transactional(readOnly = true)
    public List<ReportFigure> figures(String by) {
        List<CfpReport> all = anonymisedReports(ReportQuery.ALL);
        return switch (by == null ? "" : by.strip()) {
            case "month" -> NetworkFigures.reports(all, report -> report.reportDate().toString().substring(0, 7));
            case "region" -> NetworkFigures.reports(all, CfpReport::adm1Name);
            case "follow-up" -> NetworkFigures.reports(all, report -> report.followUp().name());
            case "kind" -> NetworkFigures.reports(all, report -> report.kind().name());
            default -> throw new ProblemException(ProblemType.INVALID_PARAMETER, "by must be one of month, region, follow-up, kind");
        };
    }

    private CfpReport find(String reference) {
        CfpReport report = repository.findReport(reference).orElseThrow(() -> ProblemException.notFound("Community report", reference));
        if (!CurrentUser.seesRegion(report.adm1Pcode())) {
            throw ProblemException.notFound("Community report", reference);
        }
        return report;
    }

    private List<CfpReport> withFollowUp(List<CfpReport> reports) {
        Map<String, ReportProgress> progress = hazardReports.progress(reports.stream()
                .map(CfpReport::hazardReportReference).filter(java.util.Objects::nonNull).toList());
        return reports.stream().map(report -> {
            ReportProgress hazard = report.hazardReportReference() == null ? null : progress.get(report.hazardReportReference());
            return report.following(FollowUpRules.of(report.kind(), hazard == null ? null : hazard.status(), report.verifiedOn()),
                    hazard == null ? null : hazard.areaReference());
        }).toList();
    }
}
