package org.balise.geography.internal;

import java.time.Clock;
import java.util.List;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GazetteerImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a validated gazetteer version in one transaction: all of it or nothing. */
@Component
public class GazetteerStore {

    private final GeographyRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    GazetteerStore(GeographyRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void store(GazetteerImport request, List<AdminUnit> units, List<Place> places, boolean activate, String by) {
        repository.insertGazetteer(request.code(), request.label(), request.source(), false, clock.instant(), by);
        repository.insertUnits(units.stream()
                .map(unit -> new GeographyRepository.DisplayedUnit(unit, DisplayGeometry.geoJson(unit))).toList());
        repository.insertPlaces(request.code(), places);
        if (activate) {
            repository.activate(request.code());
        }
        repository.bumpRevision();
        audit.record(AuditEntry.of("GAZETTEER_LOADED", "gazetteer", request.code()).actor(by)
                .summary(units.size() + " admin units and " + places.size() + " places"
                        + (activate ? ", made active" : "")));
    }

    @Transactional
    public void activate(String code) {
        String before = repository.activeGazetteer().orElse(null);
        repository.activate(code);
        repository.bumpRevision();
        audit.record(AuditEntry.of("GAZETTEER_ACTIVATED", "gazetteer", code).changed("active", before, code));
    }
}
