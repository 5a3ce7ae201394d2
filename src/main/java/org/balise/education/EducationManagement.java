package org.balise.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.education.TargetProgress.Counts;
import org.balise.education.internal.EducationRepository;
import org.balise.education.internal.EducationRepository.RegionQuarter;
import org.balise.education.internal.SessionRules;
import org.balise.geography.AdminUnitRef;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.identity.CurrentUser;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Risk education sessions, the people they reached, and targets per region and quarter. */
@Service
@Transactional
public class EducationManagement {

    private final EducationRepository repository;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final Clock clock;

    EducationManagement(EducationRepository repository, GeographyManagement geography, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    public EoreSession record(SessionRequest request) {
        SessionRules.Checked checked = SessionRules.check(request, LocalDate.now(clock), repository.messages().keySet());
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        SessionRules.Draft draft = checked.draft();
        Location location = geography.locateInput(draft.lat(), draft.lon(), "location");
        String reference = repository.nextReference();
        repository.insert(reference, draft, location, CurrentUser.name(), clock.instant());
        audit.record(AuditEntry.of("EORE_SESSION_RECORDED", "eore-session", reference)
                .changed("date", null, draft.date()).changed("attendance", null, draft.attendance())
                .changed("method", null, draft.method()).changed("audience", null, draft.audience()));
        return repository.find(reference).orElseThrow();
    }

    @Transactional(readOnly = true)
    public EoreSession session(String reference) {
        EoreSession session = repository.find(reference).orElseThrow(() -> ProblemException.notFound("EORE session", reference));
        if (!CurrentUser.seesRegion(session.location().adm1Pcode())) {
            throw ProblemException.notFound("EORE session", reference);
        }
        return session;
    }

    @Transactional(readOnly = true)
    public ListPage<EoreSession> sessions(PageRequest page) {
        var regions = CurrentUser.regions();
        return new ListPage<>(repository.list(regions, page.limit(), page.offset()), repository.count(regions));
    }

    /** The managed list of messages: code → {English, French}. */
    @Transactional(readOnly = true)
    public Map<String, String[]> messages() {
        return repository.messages();
    }

    /** People reached by month (YYYYMM), region, audience or method, within the user's regions. */
    @Transactional(readOnly = true)
    public List<EoreFigure> figures(String breakdown) {
        if (breakdown == null || !repository.isBreakdown(breakdown)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "by must be month, region, audience or method");
        }
        return repository.figures(breakdown, CurrentUser.regions());
    }

    /** Every region's target for each quarter of the year against what its sessions achieved. */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(int year) {
        checkYear(year);
        String gazetteer = geography.activeGazetteer();
        Map<RegionQuarter, Counts> targets = repository.targets(gazetteer, year);
        Map<RegionQuarter, Counts> achieved = repository.achieved(year);
        Counts none = new Counts(0, 0, 0, 0);
        List<TargetProgress> progress = new ArrayList<>();
        for (AdminUnitRef region : geography.regions()) {
            if (!CurrentUser.seesRegion(region.pcode())) {
                continue;
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                RegionQuarter key = new RegionQuarter(region.pcode(), quarter);
                progress.add(new TargetProgress(region.pcode(), region.name(), year, quarter, targets.getOrDefault(key, none),
                        achieved.getOrDefault(key, none)));
            }
        }
        return progress;
    }

    public TargetProgress setTarget(String adm1Pcode, int year, int quarter, Counts target) {
        checkYear(year);
        List<FieldProblem> problems = new ArrayList<>();
        if (geography.regions().stream().noneMatch(region -> region.pcode().equals(adm1Pcode))) {
            problems.add(new FieldProblem("adm1Pcode", "unknown-code", "'" + adm1Pcode + "' is not a region of the active gazetteer"));
        }
        if (quarter < 1 || quarter > 4) {
            problems.add(new FieldProblem("quarter", "invalid", "quarter is 1, 2, 3 or 4"));
        }
        if (target == null || target.girls() < 0 || target.boys() < 0 || target.women() < 0 || target.men() < 0) {
            problems.add(new FieldProblem("target", "negative", "targets are counts of 0 or more"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.saveTarget(geography.activeGazetteer(), adm1Pcode, year, quarter, target);
        audit.record(AuditEntry.of("EORE_TARGET_SET", "eore-target", adm1Pcode + " " + year + "-Q" + quarter)
                .changed("total", null, target.total()));
        return progress(year).stream().filter(row -> row.adm1Pcode().equals(adm1Pcode) && row.quarter() == quarter)
                .findFirst().orElseThrow();
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "year must be between 1990 and 2100");
        }
    }
}
