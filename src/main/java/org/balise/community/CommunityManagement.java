package org.balise.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.casualty.CasualtyManagement;
import org.balise.casualty.CasualtyPoint;
import org.balise.community.internal.CommunityRepository;
import org.balise.community.internal.FocalPointRules;
import org.balise.community.internal.NetworkFigures;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.identity.CurrentUser;
import org.balise.identity.Role;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focal points and their trainings. Names and phones go only to IM officers and admins, and each read that
 * includes them is audited; others get the same records without them.
 */
@Service
@Transactional
public class CommunityManagement {

    private final CommunityRepository repository;
    private final GeographyManagement geography;
    private final HazardManagement hazards;
    private final CasualtyManagement casualtiesOf;
    private final AuditLog audit;
    private final Clock clock;

    CommunityManagement(CommunityRepository repository, GeographyManagement geography, HazardManagement hazards,
            CasualtyManagement casualtiesOf, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.hazards = hazards;
        this.casualtiesOf = casualtiesOf;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean maySeePersonalData() {
        return CurrentUser.get().map(user -> user.has(Role.IM_OFFICER)).orElse(false);
    }

    public FocalPoint register(NewFocalPoint request) {
        FocalPointRules.Checked checked = FocalPointRules.check(request, today());
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        FocalPointRules.Draft draft = checked.draft();
        PlaceMatch place = geography.place(draft.placePcode()).orElseThrow(() -> ProblemException.invalid("placePcode",
                "unknown-place", "'" + draft.placePcode() + "' is not a populated place of the active gazetteer"));
        String reference = repository.nextReference();
        repository.insert(reference, draft, place, clock.instant());
        audit.record(AuditEntry.of("FOCAL_POINT_REGISTERED", "focal-point", reference)
                .changedPersonal("name", null, "set").changed("place", null, place.pcode()).changed("profile", null, draft.profile()));
        return visible(repository.find(reference).orElseThrow(), false);
    }

    @Transactional(readOnly = true)
    public ListPage<FocalPoint> focalPoints(PageRequest page) {
        var regions = CurrentUser.regions();
        List<FocalPoint> items = repository.list(regions, page.limit(), page.offset());
        if (maySeePersonalData() && !items.isEmpty()) {
            audit.recordStandalone(AuditEntry.of("FOCAL_POINTS_READ", "focal-point", "list").summary(items.size() + " with names and phones"));
        }
        return new ListPage<>(items.stream().map(point -> visible(point, false)).toList(), repository.count(regions));
    }

    @Transactional(readOnly = true)
    public FocalPoint focalPoint(String reference) {
        FocalPoint point = repository.find(reference).orElseThrow(() -> ProblemException.notFound("Focal point", reference));
        if (!CurrentUser.seesRegion(point.adm1Pcode())) {
            throw ProblemException.notFound("Focal point", reference);
        }
        return visible(point, true);
    }

    /** Every focal point the reader may see, without names and phones: for figures and the network map. */
    @Transactional(readOnly = true)
    public List<FocalPoint> anonymisedFocalPoints() {
        return repository.list(CurrentUser.regions(), Integer.MAX_VALUE, 0).stream().map(FocalPoint::anonymised).toList();
    }

    /** Focal points by region or profile: active and inactive, women and men. */
    public static List<NetworkFigure> figures(List<FocalPoint> points, String by) {
        return switch (by) {
            case "region" -> NetworkFigures.focalPoints(points, FocalPoint::adm1Name);
            case "profile" -> NetworkFigures.focalPoints(points, point -> point.profile().name());
            default -> throw new ProblemException(ProblemType.INVALID_PARAMETER, "by must be region or profile");
        };
    }

    /** Active focal points whose refresher is due by the given date, the most overdue first. */
    @Transactional(readOnly = true)
    public List<FocalPoint> refreshersDue(LocalDate by) {
        return focalPoints(new PageRequest(PageRequest.MAX_LIMIT, 0)).items().stream()
                .filter(point -> point.status() == FocalPointStatus.ACTIVE && !point.refresherDue().isAfter(by))
                .sorted(java.util.Comparator.comparing(FocalPoint::refresherDue)).toList();
    }

    public Training addTraining(String reference, String date, String topic, String trainer, Integer preScore, Integer postScore) {
        focalPoint(reference);
        List<FieldProblem> problems = FocalPointRules.checkTraining(date, topic, trainer, preScore, postScore, today());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        long id = repository.idOf(reference).orElseThrow();
        repository.insertTraining(id, LocalDate.parse(date.strip()), topic.strip(), trainer, preScore, postScore);
        audit.record(AuditEntry.of("FOCAL_POINT_TRAINED", "focal-point", reference).changed("topic", null, topic.strip()));
        return repository.trainings(reference).getFirst();
    }

    @Transactional(readOnly = true)
    public List<Training> trainings(String reference) {
        focalPoint(reference);
        return repository.trainings(reference);
    }

    /**
     * Communes with known contamination or casualties of the last twelve months, those without an active focal
     * point first, then by how much danger is known there.
     */
    @Transactional(readOnly = true)
    public List<CoverageGap> coverage() {
        record Commune(String name, String region) {
        }
        java.util.Map<String, Commune> communes = new java.util.HashMap<>();
        java.util.Map<String, Integer> areas = new java.util.HashMap<>();
        java.util.Map<String, Integer> casualties = new java.util.HashMap<>();
        java.util.Map<String, Integer> active = new java.util.HashMap<>();
        for (HazardArea area : hazards.unreleasedAreas(null)) {
            var admin = area.admin();
            if (admin != null && admin.adm3Pcode() != null) {
                communes.putIfAbsent(admin.adm3Pcode(), new Commune(admin.adm3Name(), admin.adm1Name()));
                areas.merge(admin.adm3Pcode(), 1, Integer::sum);
            }
        }
        for (CasualtyPoint point : casualtiesOf.casualtyPoints(today().minusMonths(12))) {
            geography.tryLocate(point.lat(), point.lon()).filter(location -> location.adm3() != null).ifPresent(location -> {
                communes.putIfAbsent(location.adm3().pcode(), new Commune(location.adm3().name(),
                        location.adm1() == null ? null : location.adm1().name()));
                casualties.merge(location.adm3().pcode(), point.casualties(), Integer::sum);
            });
        }
        for (FocalPoint point : repository.list(CurrentUser.regions(), PageRequest.MAX_LIMIT, 0)) {
            if (point.status() == FocalPointStatus.ACTIVE && point.adm3Pcode() != null) {
                active.merge(point.adm3Pcode(), 1, Integer::sum);
            }
        }
        return communes.entrySet().stream()
                .map(entry -> new CoverageGap(entry.getKey(), entry.getValue().name(), entry.getValue().region(),
                        areas.getOrDefault(entry.getKey(), 0), casualties.getOrDefault(entry.getKey(), 0),
                        active.getOrDefault(entry.getKey(), 0)))
                .sorted(java.util.Comparator.comparing(CoverageGap::uncovered).reversed()
                        .thenComparing(gap -> -(gap.openAreas() + gap.recentCasualties()))
                        .thenComparing(CoverageGap::adm3Pcode))
                .toList();
    }

    private FocalPoint visible(FocalPoint point, boolean auditRead) {
        if (!maySeePersonalData()) {
            return point.anonymised();
        }
        if (auditRead) {
            audit.recordStandalone(AuditEntry.of("FOCAL_POINT_READ", "focal-point", point.reference()));
        }
        return point;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
