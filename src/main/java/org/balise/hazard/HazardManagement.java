package org.balise.hazard;

import org.balise.shared.ordnance.DeviceCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.hazard.internal.AreaIndex;
import org.balise.hazard.internal.AreaFeatures;
import org.balise.hazard.internal.AreaRules;
import org.balise.hazard.internal.GeometryQuality;
import org.balise.hazard.internal.HazardProperties;
import org.balise.hazard.internal.HazardRepository;
import org.balise.hazard.internal.HazardRepository.AreaFilter;
import org.balise.identity.CurrentUser;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.RevisionedValue;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.geo.GroundArea;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Hazardous areas: creation, updates with history, land release, and region-scoped reading. */
@Service
@Transactional
public class HazardManagement {

    private final HazardRepository repository;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final AreaFeatures features;
    private final HazardProperties properties;
    private final Clock clock;
    /** Lists and map views are found in memory: the index of every area, brought up to date when areas change. */
    private final RevisionedValue<AreaIndex> index = new RevisionedValue<>();

    HazardManagement(HazardRepository repository, GeographyManagement geography, AuditLog audit, JsonMapper json,
            HazardProperties properties, Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.audit = audit;
        this.features = new AreaFeatures(json);
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads a GeoJSON Feature sent by a client, listing every problem. */
    public AreaDetails readFeature(tools.jackson.databind.JsonNode feature) {
        AreaFeatures.Read read = features.read(feature, today());
        if (!read.problems().isEmpty()) {
            throw ProblemException.invalid(read.problems());
        }
        return read.details();
    }

    /**
     * An area as a GeoJSON Feature. Writing touches no table, so it runs in the caller's transaction if any and
     * otherwise in none: the class's default opened and committed one for each feature of a list, a thousand per map
     * window.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public tools.jackson.databind.node.ObjectNode feature(HazardArea area, List<GeometryIssue> warnings) {
        return features.write(area, warnings);
    }

    /** The lighter feature a map draws: reference, name, type, status and geometry; no transaction, as {@link #feature}. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public tools.jackson.databind.node.ObjectNode mapFeature(HazardArea area) {
        return features.writeForMap(area);
    }

    public SavedArea create(AreaDetails details) {
        List<GeometryIssue> warnings = checkGeometry(details.geometry(), null);
        AreaDetails stated = withRules(details);
        String reference = repository.nextReference();
        long id = repository.insert(reference, AreaStatus.OPEN, stated, GroundArea.squareMetres(stated.geometry()),
                adminArea(stated.geometry()), clock.instant());
        repository.replaceEvidence(id, stated.evidence());
        HazardArea area = area(reference);
        repository.insertVersion(id, 1, clock.instant(), CurrentUser.name(), "CREATED", stated.informationDate(), true,
                features.write(area, List.of()).toString());
        audit.record(AuditEntry.of("HAZARD_AREA_CREATED", "hazard-area", reference)
                .changed("name", null, stated.name()).changed("type", null, stated.type())
                .changed("deviceCategories", null, stated.deviceCategories()).changed("informationDate", null, stated.informationDate()));
        return new SavedArea(area, true, warnings);
    }

    /**
     * Records a new version of an area. It becomes the summary unless its date of information is older than the
     * summary's: then it is kept in the history only.
     */
    public SavedArea update(String reference, AreaDetails details) {
        HazardArea before = area(reference);
        List<GeometryIssue> warnings = checkGeometry(details.geometry(), reference);
        AreaDetails stated = withRules(details);
        if (before.details().type() == AreaType.CHA && stated.type() == AreaType.SHA) {
            stated = withType(stated, AreaType.CHA);
        }
        int version = before.version() + 1;
        boolean applied = AreaRules.changesSummary(before.details().informationDate(), stated.informationDate());
        if (applied) {
            double area = GroundArea.squareMetres(stated.geometry());
            repository.updateSummary(before.id(), AreaRules.status(area, before.releasedSquareMetres(), isPolygonal(stated.geometry())),
                    stated, area, adminArea(stated.geometry()), version, clock.instant());
            repository.replaceEvidence(before.id(), stated.evidence());
        } else {
            repository.updateVersion(before.id(), version, clock.instant());
        }
        HazardArea after = area(reference);
        HazardArea submitted = new HazardArea(before.id(), reference, after.status(), stated, GroundArea.squareMetres(stated.geometry()),
                after.releasedSquareMetres(), adminArea(stated.geometry()), version, clock.instant());
        repository.insertVersion(before.id(), version, clock.instant(), CurrentUser.name(), applied ? "UPDATED" : "OLDER_INFORMATION",
                stated.informationDate(), applied, features.write(submitted, List.of()).toString());
        AuditEntry entry = AuditEntry.of(applied ? "HAZARD_AREA_UPDATED" : "HAZARD_AREA_OLDER_INFORMATION", "hazard-area", reference)
                .changed("name", before.details().name(), stated.name())
                .changed("type", before.details().type(), stated.type())
                .changed("deviceCategories", before.details().deviceCategories(), stated.deviceCategories())
                .changed("blockedLandUse", before.details().blockedLandUse(), stated.blockedLandUse())
                .changed("informationDate", before.details().informationDate(), stated.informationDate())
                .summary("version " + version);
        if (!before.details().geometry().equalsExact(stated.geometry())) {
            entry.changed("geometry", "version " + before.version(), "version " + version);
        }
        audit.record(entry);
        return new SavedArea(after, applied, warnings);
    }

    /** Records a released part (cancelled, reduced or cleared) and closes the area when nothing remains. */
    public HazardArea release(String reference, ReleaseKind kind, LocalDate date, Geometry released) {
        HazardArea area = area(reference);
        List<FieldProblem> problems = new ArrayList<>();
        if (!isPolygonal(area.details().geometry())) {
            problems.add(new FieldProblem("reference", "no-perimeter", "Land can only be released from an area with a known perimeter"));
        }
        if (!isPolygonal(released) || !released.isValid()) {
            problems.add(new FieldProblem("geometry", "invalid-polygon", "The released part must be a valid Polygon or MultiPolygon"));
        }
        if (date == null || date.isAfter(today())) {
            problems.add(new FieldProblem("date", "invalid-date", "The release date is required and cannot be in the future"));
        }
        if (area.status() == AreaStatus.CLOSED) {
            problems.add(new FieldProblem("reference", "closed", "Area " + reference + " is closed: nothing remains to release"));
        }
        if (problems.isEmpty() && !area.details().geometry().buffer(1e-6).covers(released)) {
            problems.add(new FieldProblem("geometry", "outside-area", "The released part must lie within the area"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        double releasedArea = GroundArea.squareMetres(released.intersection(area.details().geometry()));
        repository.insertRelease(area.id(), kind, date, released, releasedArea, CurrentUser.name(), clock.instant());
        List<Geometry> parts = repository.releases(area.id()).stream().map(LandRelease::geometry).toList();
        double releasedTotal = GroundArea.squareMetres(UnaryUnionOp.union(parts).intersection(area.details().geometry()));
        AreaStatus status = AreaRules.status(area.areaSquareMetres(), releasedTotal, true);
        int version = area.version() + 1;
        repository.updateRelease(area.id(), releasedTotal, status, version, clock.instant());
        HazardArea after = area(reference);
        repository.insertVersion(area.id(), version, clock.instant(), CurrentUser.name(), "RELEASED_" + kind.name(), date, true,
                features.write(after, List.of()).toString());
        audit.record(AuditEntry.of("LAND_RELEASED", "hazard-area", reference)
                .changed("status", area.status(), status)
                .changed("releasedSquareMetres", Math.round(area.releasedSquareMetres()), Math.round(releasedTotal))
                .summary(kind + " " + Math.round(releasedArea) + " m²"));
        return after;
    }

    @Transactional(readOnly = true)
    public HazardArea area(String reference) {
        HazardArea area = repository.find(reference).orElseThrow(() -> ProblemException.notFound("Hazardous area", reference));
        if (!CurrentUser.seesRegion(area.admin().adm1Pcode())) {
            throw ProblemException.notFound("Hazardous area", reference);
        }
        return area;
    }

    @Transactional(readOnly = true)
    public ListPage<HazardArea> areas(Envelope bbox, String adm1Pcode, AreaType type, AreaStatus status,
            DeviceCategory category, PageRequest page) {
        AreaFilter filter = new AreaFilter(bbox, CurrentUser.regions(), adm1Pcode, type, status, category);
        // Inside a writing transaction the index would be built from rows that may roll back: the database answers.
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return ListPage.of(repository.list(filter, page.limit(), page.offset()), page, () -> repository.count(filter));
        }
        AreaIndex.Page found = currentIndex().find(filter, page.limit(), page.offset());
        return new ListPage<>(repository.list(found.ids()), found.total());
    }

    /**
     * Every area the current user may see, newest first, for exports of any size: the ids from one state of the
     * index, the areas read a thousand at a time, so that a national export never holds them all at once.
     */
    @Transactional(readOnly = true)
    public void forEachArea(Consumer<HazardArea> action) {
        List<Long> ids = currentIndex().find(new AreaFilter(null, CurrentUser.regions(), null, null, null, null), Integer.MAX_VALUE, 0)
                .ids();
        for (int from = 0; from < ids.size(); from += 1000) {
            repository.list(ids.subList(from, Math.min(ids.size(), from + 1000))).forEach(action);
        }
    }

    /** The index of every area at the current revision, brought up to date from the areas written since the one kept. */
    private AreaIndex currentIndex() {
        long revision = repository.revision();
        return index.get(revision, kept -> kept == null ? AreaIndex.of(repository.indexRows(-1), revision)
                : kept.with(repository.indexRows(kept.revision()), revision));
    }

    /** Areas not yet closed within {@code metres} of a point that the current user may see, nearest first. */
    @Transactional(readOnly = true)
    public List<NearbyArea> openAreasNear(double lat, double lon, double metres) {
        Envelope around = new Envelope(lon, lon, lat, lat);
        around.expandBy(metres / (111_320 * Math.cos(Math.toRadians(lat))), metres / 111_320);
        Point point = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat));
        List<NearbyArea> near = new ArrayList<>();
        for (HazardArea area : repository.list(new AreaFilter(around, CurrentUser.regions(), null, null, null, null), 1000, 0)) {
            if (area.status() == AreaStatus.CLOSED) {
                continue;
            }
            Coordinate[] nearest = DistanceOp.nearestPoints(area.details().geometry(), point);
            long distance = Math.round(Distances.haversineMetres(nearest[0].y, nearest[0].x, nearest[1].y, nearest[1].x));
            if (distance <= metres) {
                near.add(new NearbyArea(area, distance));
            }
        }
        near.sort(java.util.Comparator.comparingLong(NearbyArea::metres));
        return near;
    }

    /** Every area with land left to release (open or worked on) that the current user may see. */
    @Transactional(readOnly = true)
    public List<HazardArea> unreleasedAreas(String adm1Pcode) {
        return repository.unreleased(CurrentUser.regions(), adm1Pcode);
    }

    /**
     * Re-checks the geometry of every stored area the user may see, as at entry, against today's country outline
     * and the other open areas: the data-quality report.
     */
    @Transactional(readOnly = true)
    public List<QualityFinding> qualityReport() {
        List<HazardArea> areas = repository.list(new AreaFilter(null, CurrentUser.regions(), null, null, null, null),
                Integer.MAX_VALUE, 0);
        STRtree open = new STRtree();
        areas.stream().filter(area -> area.status() != AreaStatus.CLOSED)
                .forEach(area -> open.insert(area.details().geometry().getEnvelopeInternal(), area));
        Geometry country = geography.country();
        List<QualityFinding> findings = new ArrayList<>();
        for (HazardArea area : areas) {
            Map<String, Geometry> neighbours = new LinkedHashMap<>();
            for (Object item : open.query(area.details().geometry().getEnvelopeInternal())) {
                HazardArea other = (HazardArea) item;
                if (!other.reference().equals(area.reference())) {
                    neighbours.put(other.reference(), other.details().geometry());
                }
            }
            List<GeometryIssue> issues = GeometryQuality.check(area.details().geometry(), country, neighbours,
                    properties.maxOverlapShare());
            if (!issues.isEmpty()) {
                findings.add(new QualityFinding(area.reference(), area.details().name(), area.admin().adm1Name(), issues));
            }
        }
        return findings;
    }

    @Transactional(readOnly = true)
    public List<AreaVersion> history(String reference) {
        return repository.versions(area(reference).id());
    }

    @Transactional(readOnly = true)
    public List<LandRelease> releases(String reference) {
        return repository.releases(area(reference).id());
    }

    private List<GeometryIssue> checkGeometry(Geometry geometry, String reference) {
        List<GeometryIssue> issues = GeometryQuality.check(geometry, geography.country(),
                repository.openGeometriesNear(geometry.getEnvelopeInternal(), reference), properties.maxOverlapShare());
        List<FieldProblem> refused = issues.stream().filter(GeometryIssue::refused)
                .map(issue -> new FieldProblem("geometry", issue.code(), issue.detail())).toList();
        if (!refused.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, refused.getFirst().message(), refused);
        }
        return issues;
    }

    private AreaDetails withRules(AreaDetails details) {
        return withType(details, AreaRules.type(details.type(), details.evidence()));
    }

    private static AreaDetails withType(AreaDetails details, AreaType type) {
        return new AreaDetails(details.name(), type, details.geometry(), details.deviceCategories(), details.blockedLandUse(),
                details.beneficiaries(), details.reportingOrganisation(), details.informationDate(), details.evidence());
    }

    private AdminArea adminArea(Geometry geometry) {
        Location location = geography.locate(geometry).orElse(null);
        if (location == null) {
            return new AdminArea(geography.activeGazetteer(), null, null, null, null, null, null);
        }
        return new AdminArea(location.gazetteer(), pcode(location.adm1()), name(location.adm1()), pcode(location.adm2()),
                name(location.adm2()), pcode(location.adm3()), name(location.adm3()));
    }

    private static String pcode(org.balise.geography.AdminUnitRef unit) {
        return unit == null ? null : unit.pcode();
    }

    private static String name(org.balise.geography.AdminUnitRef unit) {
        return unit == null ? null : unit.name();
    }

    private static boolean isPolygonal(Geometry geometry) {
        return geometry instanceof Polygon || geometry instanceof MultiPolygon;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
