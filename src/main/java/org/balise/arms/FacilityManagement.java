package org.balise.arms;

import java.time.Clock;
import java.util.List;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.FacilityRules;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.identity.CurrentUser;
import org.balise.identity.IdentityManagement;
import org.balise.identity.Institution;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Storage facilities: registered by AMD officers, read by them and by the owning institution's authority, every read audited. */
@Service
@Transactional
public class FacilityManagement {

    private final ArmsRepository repository;
    private final GeographyManagement geography;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    FacilityManagement(ArmsRepository repository, GeographyManagement geography, IdentityManagement identity, AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public Facility register(NewFacility request) {
        ArmsAccess.requireWriter();
        FacilityRules.Checked checked = FacilityRules.check(request);
        if (!checked.problems().isEmpty()) {
            throw ProblemException.invalid(checked.problems());
        }
        FacilityRules.Draft draft = checked.draft();
        Institution institution = identity.institutions().stream().filter(known -> known.id() == draft.institutionId()).findFirst()
                .orElseThrow(() -> ProblemException.invalid("institutionId", "unknown-institution",
                        "No institution has id " + draft.institutionId()));
        Location location = geography.locateInput(draft.lat(), draft.lon(), "location");
        String reference = repository.nextFacilityReference();
        repository.insertFacility(new ArmsRepository.FacilityRow(reference, draft.name(), draft.type(), institution.id(),
                institution.name(), draft.unit(), draft.lat(), draft.lon(), location, draft.weaponCapacity(), draft.neqCapacityKg(),
                draft.status(), draft.buildings()), clock.instant(), CurrentUser.name());
        audit.record(AuditEntry.of("FACILITY_REGISTERED", "facility", reference).changed("type", null, draft.type())
                .changed("institution", null, institution.name()).summary(draft.buildings().size() + " building(s)"));
        return repository.facility(reference).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Facility> facilities() {
        List<Facility> facilities = repository.facilities(ArmsAccess.institutionScope());
        audit.recordStandalone(AuditEntry.of("FACILITIES_READ", "facility", "list").summary(facilities.size() + " facilities"));
        return facilities;
    }

    @Transactional(readOnly = true)
    public Facility facility(String reference) {
        Facility facility = ArmsAccess.visibleFacility(repository, reference);
        audit.recordStandalone(AuditEntry.of("FACILITY_READ", "facility", reference));
        return facility;
    }
}
