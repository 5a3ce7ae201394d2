package org.balise.casualty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.casualty.internal.AccidentRules;
import org.balise.casualty.internal.CasualtyRepository;
import org.balise.casualty.internal.CasualtyRepository.Grouping;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.identity.CurrentUser;
import org.balise.identity.Role;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.RevisionedCache;
import org.balise.shared.geo.Distances;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accidents and victims. Readers without the right to personal data get victims without names, phones and
 * dates of birth; every read that includes them is audited.
 */
@Service
@Transactional
public class CasualtyManagement {

    /** Groupings times the regions' readers, with room to spare. */
    private static final int CACHED_KEYS = 500;

    private static final double SAME_EVENT_METRES = 5_000;
    private static final long SAME_EVENT_DAYS = 14;

    private final CasualtyRepository repository;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final Clock clock;
    // Every casualty page shows five groupings of figures over all accidents: kept until an accident changes.
    private final RevisionedCache<FigureKey, List<CasualtyFigure>> figures = new RevisionedCache<>(CACHED_KEYS);
    private final RevisionedCache<Set<String>, Long> counts = new RevisionedCache<>(CACHED_KEYS);

    CasualtyManagement(CasualtyRepository repository, GeographyManagement geography, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    public Accident record(AccidentReport report) {
        AccidentRules.Checked checked = AccidentRules.check(report, LocalDate.now(clock));
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        AccidentRules.Draft draft = checked.draft();
        Location location = geography.locateInput(draft.lat(), draft.lon(), "location");
        String reference = repository.nextReference();
        repository.insert(reference, draft, location, clock.instant());
        AuditEntry entry = AuditEntry.of("ACCIDENT_RECORDED", "accident", reference)
                .changed("date", null, draft.date()).changed("deviceCategory", null, draft.deviceCategory())
                .changed("victims", null, draft.victims().size());
        boolean personal = draft.victims().stream().anyMatch(v -> v.name() != null || v.phone() != null || v.dateOfBirth() != null);
        if (personal) {
            entry.changedPersonal("victims.personalData", null, "set");
        }
        audit.record(entry);
        return visible(repository.find(reference).orElseThrow(), false);
    }

    /** Replaces an accident's details and victims (a correction after verification). */
    public Accident correct(String reference, AccidentReport report) {
        Accident before = accident(reference);
        AccidentRules.Checked checked = AccidentRules.check(report, LocalDate.now(clock));
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        AccidentRules.Draft draft = checked.draft();
        Location location = geography.locateInput(draft.lat(), draft.lon(), "location");
        repository.replace(reference, draft, location);
        audit.record(AuditEntry.of("ACCIDENT_CORRECTED", "accident", reference)
                .changed("date", before.date(), draft.date()).changed("deviceCategory", before.deviceCategory(), draft.deviceCategory())
                .changed("victims", before.victims().size(), draft.victims().size())
                .changedPersonal("victims.personalData", "before", "after"));
        return visible(repository.find(reference).orElseThrow(), false);
    }

    @Transactional(readOnly = true)
    public Accident accident(String reference) {
        Accident accident = repository.find(reference).filter(this::inScope)
                .orElseThrow(() -> ProblemException.notFound("Accident", reference));
        return visible(accident, true);
    }

    @Transactional(readOnly = true)
    public ListPage<Accident> accidents(PageRequest page) {
        var regions = CurrentUser.regions();
        List<Accident> accidents = repository.list(regions, page.limit(), page.offset()).stream()
                .map(accident -> visible(accident, false)).toList();
        if (maySeePersonalData() && !accidents.isEmpty()) {
            audit.recordStandalone(AuditEntry.of("PERSONAL_DATA_READ", "accident", null)
                    .summary(accidents.size() + " accidents listed with victims' personal data"));
        }
        return new ListPage<>(accidents, count(regions));
    }

    /**
     * Accidents with victims stripped of personal data whoever asks, for exports and for lists that do not show
     * it: nothing personal is read, so nothing is audited.
     */
    @Transactional(readOnly = true)
    public ListPage<Accident> anonymisedAccidents(PageRequest page) {
        var regions = CurrentUser.regions();
        List<Accident> accidents = repository.list(regions, page.limit(), page.offset()).stream()
                .map(CasualtyManagement::anonymised).toList();
        return new ListPage<>(accidents, count(regions));
    }

    @Transactional(readOnly = true)
    public List<CasualtyFigure> figures(String groupBy) {
        Grouping grouping;
        try {
            grouping = Grouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "by must be one of year, region, sex, age-group, device-category, victim-group");
        }
        Set<String> regions = CurrentUser.regions();
        return kept(figures, new FigureKey(grouping, regions), () -> List.copyOf(repository.figures(grouping, regions)));
    }

    /** The number of accidents in the regions (all when empty), kept until an accident changes. */
    private long count(Set<String> regions) {
        return kept(counts, regions, () -> repository.count(regions));
    }

    /** A value kept until an accident changes, unless read inside a writing transaction that may roll back with its rows. */
    private <K, V> V kept(RevisionedCache<K, V> cache, K key, Supplier<V> compute) {
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? cache.get(repository.revision(), key, compute)
                : compute.get();
    }

    private record FigureKey(Grouping grouping, Set<String> regions) {
    }

    /**
     * Accidents within 5 km and two weeks of a reported one, nearest first, without personal data: the same event
     * reported twice (by a focal point and a team, or by two phones) is common.
     */
    @Transactional(readOnly = true)
    public List<NearbyAccident> accidentsNear(double lat, double lon, LocalDate date) {
        var regions = CurrentUser.regions();
        return repository.between(date.minusDays(SAME_EVENT_DAYS), date.plusDays(SAME_EVENT_DAYS), regions).stream()
                .map(accident -> new NearbyAccident(anonymised(accident),
                        Math.round(Distances.haversineMetres(lat, lon, accident.lat(), accident.lon()))))
                .filter(near -> near.metres() <= SAME_EVENT_METRES)
                .sorted(java.util.Comparator.comparingLong(NearbyAccident::metres)).toList();
    }

    /** Where and when people were hurt since a date, without anything personal: for ranking hazards. */
    @Transactional(readOnly = true)
    public List<CasualtyPoint> casualtyPoints(LocalDate since) {
        return repository.since(since).stream()
                .map(accident -> new CasualtyPoint(accident.lat(), accident.lon(), accident.date(), accident.victims().size()))
                .toList();
    }

    public static boolean maySeePersonalData() {
        return CurrentUser.get().map(user -> user.has(Role.IM_OFFICER)).orElse(false);
    }

    private Accident visible(Accident accident, boolean auditRead) {
        if (maySeePersonalData()) {
            if (auditRead) {
                audit.recordStandalone(AuditEntry.of("PERSONAL_DATA_READ", "accident", accident.reference()));
            }
            return accident;
        }
        return anonymised(accident);
    }

    private static Accident anonymised(Accident accident) {
        return new Accident(accident.reference(), accident.date(), accident.lat(), accident.lon(), accident.gazetteer(),
                accident.adm1Pcode(), accident.adm1Name(), accident.adm2Pcode(), accident.adm2Name(), accident.adm3Pcode(),
                accident.adm3Name(), accident.deviceCategory(), accident.deminingAccident(), accident.hazardAreaReference(),
                accident.description(), accident.victims().stream().map(Victim::withoutPersonalData).toList());
    }

    private boolean inScope(Accident accident) {
        return CurrentUser.seesRegion(accident.adm1Pcode());
    }
}
