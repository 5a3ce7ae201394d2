package org.balise.arms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.FacilityRules;
import org.balise.arms.internal.InventoryRepository;
import org.balise.arms.internal.SiteRules;
import org.balise.arms.qd.DistanceType;
import org.balise.arms.qd.HazardDivision;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GeographyManagement;
import org.balise.geography.LayerFeature;
import org.balise.geography.Location;
import org.balise.geography.PlaceMatch;
import org.balise.identity.CurrentUser;
import org.balise.identity.IdentityManagement;
import org.balise.identity.Institution;
import org.balise.shared.ProblemException;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Storage facilities: registered by AMD officers, read by them and by the owning institution's authority, every read audited. */
@Service
@Transactional
public class FacilityManagement {

    private static final double SURROUNDINGS_METRES = 5_000;

    private final ArmsRepository repository;
    private final InventoryRepository inventory;
    private final GeographyManagement geography;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    FacilityManagement(ArmsRepository repository, InventoryRepository inventory, GeographyManagement geography,
            IdentityManagement identity, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.inventory = inventory;
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

    /**
     * Each explosive storehouse of the facility against the facility's other buildings, the populated places of
     * its region and the reference layers within 5 km: violations with their shortfall, and the NEQ permitted.
     */
    @Transactional(readOnly = true)
    public SiteCompliance compliance(String reference) {
        Facility facility = ArmsAccess.visibleFacility(repository, reference);
        long facilityId = repository.idOf(reference).orElseThrow();
        Map<String, Map<HazardDivision, Double>> held = new HashMap<>();
        double unassigned = 0;
        for (AmmunitionLot lot : inventory.lots(facilityId, null)) {
            if (lot.storehouse() == null) {
                unassigned += lot.neqKg();
                continue;
            }
            held.computeIfAbsent(lot.storehouse(), name -> new EnumMap<>(HazardDivision.class))
                    .merge(HazardDivision.parse(lot.hazardDivision()), lot.neqKg(), Double::sum);
        }
        List<SiteRules.ExposedSite> surroundings = surroundings(facility);
        List<StorehouseCompliance> storehouses = new ArrayList<>();
        for (Building building : facility.buildings()) {
            if (building.role() != BuildingRole.EXPLOSIVE_STOREHOUSE) {
                continue;
            }
            List<SiteRules.ExposedSite> sites = new ArrayList<>();
            for (Building other : facility.buildings()) {
                if (other != building) {
                    sites.add(new SiteRules.ExposedSite(other.name(), other.role().name(),
                            other.role() == BuildingRole.EXPLOSIVE_STOREHOUSE ? DistanceType.IMD : DistanceType.PBD, point(other.lat(), other.lon())));
                }
            }
            sites.addAll(surroundings);
            storehouses.add(SiteRules.evaluate(new SiteRules.Storehouse(building.name(), building.lat(), building.lon(),
                    held.getOrDefault(building.name(), Map.of())), sites));
        }
        audit.recordStandalone(AuditEntry.of("COMPLIANCE_READ", "facility", reference));
        return new SiteCompliance(reference, storehouses, unassigned, SiteRules.RULES);
    }

    /** Populated places of the facility's region and reference-layer features within 5 km of it. */
    private List<SiteRules.ExposedSite> surroundings(Facility facility) {
        List<SiteRules.ExposedSite> sites = new ArrayList<>();
        if (facility.adm1Pcode() != null) {
            for (PlaceMatch place : geography.placesIn(facility.adm1Pcode())) {
                if (Distances.haversineMetres(facility.lat(), facility.lon(), place.lat(), place.lon()) <= SURROUNDINGS_METRES) {
                    sites.add(new SiteRules.ExposedSite(place.name(), "POPULATED_PLACE", DistanceType.IBD, point(place.lat(), place.lon())));
                }
            }
        }
        Envelope around = new Envelope(facility.lon(), facility.lon(), facility.lat(), facility.lat());
        around.expandBy(SURROUNDINGS_METRES / (111_320 * Math.cos(Math.toRadians(facility.lat()))), SURROUNDINGS_METRES / 111_320);
        for (LayerFeature feature : geography.layerFeatures()) {
            DistanceType type = switch (feature.kind()) {
                case SCHOOL, HEALTH_FACILITY -> DistanceType.VBD;
                case MARKET -> DistanceType.IBD;
                case ROAD -> DistanceType.PTRD;
                case WATER_POINT, OTHER -> null;
            };
            if (type != null && feature.geometry().getEnvelopeInternal().intersects(around)) {
                sites.add(new SiteRules.ExposedSite(feature.name() == null ? feature.kind().name() : feature.name(), feature.kind().name(),
                        type, feature.geometry()));
            }
        }
        return sites;
    }

    private static Point point(double lat, double lon) {
        return GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    @Transactional(readOnly = true)
    public Facility facility(String reference) {
        Facility facility = ArmsAccess.visibleFacility(repository, reference);
        audit.recordStandalone(AuditEntry.of("FACILITY_READ", "facility", reference));
        return facility;
    }
}
