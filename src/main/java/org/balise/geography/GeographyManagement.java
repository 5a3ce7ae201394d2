package org.balise.geography;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balise.geography.internal.AdminUnit;
import org.balise.geography.internal.GazetteerStore;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.internal.GazetteerValidator;
import org.balise.geography.internal.LayerReader;
import org.balise.geography.internal.GeographyRepository;
import org.balise.geography.internal.Place;
import org.balise.geography.internal.SpatialIndex;
import org.balise.geography.internal.SpatialIndexHolder;
import org.balise.shared.FieldProblem;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.text.SearchText;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The geography module's public service: where is a point, which places match a name, which gazetteer. */
@Service
public class GeographyManagement {

    private final GeographyRepository repository;
    private final SpatialIndexHolder indexes;
    private final GazetteerStore store;
    private final GazetteerValidator validator;
    private final LayerReader layerReader;
    private final AuditLog audit;
    private final Clock clock;

    GeographyManagement(GeographyRepository repository, SpatialIndexHolder indexes, GazetteerStore store, JsonMapper json,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.indexes = indexes;
        this.store = store;
        this.validator = new GazetteerValidator(json);
        this.layerReader = new LayerReader(json);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a reference layer (GeoJSON, or CSV with latitude and longitude columns). A file with any problem is
     * refused whole, with every problem listed.
     */
    @Transactional
    public ReferenceLayer importLayer(String name, LayerKind kind, String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "required", "The layer needs a name (at most 200 characters)"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "required", "The layer needs a kind"));
        }
        LayerReader.Read read = layerReader.read(fileName, content);
        problems.addAll(read.problems());
        problems.addAll(outsideTheCountry(read.features()));
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_FILE, "The layer was not loaded: " + problems.size() + " problem(s)", problems);
        }
        long id = repository.insertLayer(name.strip(), kind, fileName, read.features().size(), clock.instant(), currentUser());
        repository.insertLayerFeatures(id, read.features());
        repository.bumpRevision();
        audit.record(AuditEntry.of("LAYER_IMPORTED", "reference-layer", id).changed("name", null, name.strip())
                .changed("kind", null, kind).summary(read.features().size() + " features"));
        return repository.layers().stream().filter(layer -> layer.id() == id).findFirst().orElseThrow();
    }

    /**
     * Features farther than about 50 km (half a degree) from the country's bounding box, at most 20 named: swapped
     * latitude and longitude, or a file of another country. Roads and rivers may cross the border; they stay in.
     */
    private List<FieldProblem> outsideTheCountry(List<LayerReader.NamedGeometry> features) {
        Envelope near = new Envelope(country().getEnvelopeInternal());
        near.expandBy(0.5);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < features.size() && problems.size() < 20; i++) {
            if (!near.intersects(features.get(i).geometry().getEnvelopeInternal())) {
                problems.add(new FieldProblem("feature " + (i + 1), "outside-country",
                        "The feature lies outside Mali: are latitude and longitude swapped?"));
            }
        }
        return problems;
    }

    @Transactional(readOnly = true)
    public List<ReferenceLayer> layers() {
        return repository.layers();
    }

    /** Every feature of every reference layer, with its kind. */
    @Transactional(readOnly = true)
    public List<LayerFeature> layerFeatures() {
        return repository.layerFeatures();
    }

    /**
     * The admin units and nearest place of a point in the active gazetteer.
     *
     * @throws ProblemException INVALID_PARAMETER for impossible coordinates, OUTSIDE_MALI for a point in no admin unit
     */
    public Location locate(double lat, double lon) {
        checkRange(lat, lon);
        return tryLocate(lat, lon).orElseThrow(() -> new ProblemException(ProblemType.OUTSIDE_MALI, outsideDetail(lat, lon)));
    }

    /**
     * Locates a point sent in a record (an accident, a report): outside the country it is a problem with that
     * field, a 400 rather than the 404 of a lookup, and still says when the coordinates look swapped.
     */
    public Location locateInput(double lat, double lon, String field) {
        try {
            return locate(lat, lon);
        } catch (ProblemException outside) {
            throw ProblemException.invalid(field, "outside-country", outside.getMessage());
        }
    }

    /** Like {@link #locate} but empty for a point outside the country. */
    public Optional<Location> tryLocate(double lat, double lon) {
        checkRange(lat, lon);
        SpatialIndex index = indexes.current();
        List<AdminUnit> units = index.adminUnitsAt(lat, lon);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        NearestPlace nearest = index.nearestPlace(lat, lon)
                .map(hit -> new NearestPlace(hit.place().pcode(), hit.place().name(), Math.round(hit.distanceMetres())))
                .orElse(null);
        return Optional.of(new Location(index.gazetteer(), ref(units, 0), ref(units, 1), ref(units, 2), nearest));
    }

    /** The country's outline in the active gazetteer (WGS84), for checks such as "is this area in Mali". */
    public Geometry country() {
        return indexes.current().country();
    }

    /** Where a geometry lies: the admin units of a point inside it. */
    public Optional<Location> locate(Geometry geometry) {
        Point inside = geometry.getInteriorPoint();
        return inside.isEmpty() ? Optional.empty() : tryLocate(inside.getY(), inside.getX());
    }

    public List<PlaceMatch> searchPlaces(String query, int limit) {
        String folded = SearchText.normalise(query);
        if (folded.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "The search text must contain a letter or a digit");
        }
        if (folded.length() > 100) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "The search text is longer than 100 characters");
        }
        if (limit < 1 || limit > 100) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "limit must be between 1 and 100");
        }
        return repository.searchPlaces(activeGazetteer(), folded, limit);
    }

    /** A GeoJSON FeatureCollection of the admin units of one level, simplified for display. */
    public String adminUnitsGeoJson(int level, PageRequest page) {
        if (level < 1 || level > 3) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "level must be 1, 2 or 3, not " + level);
        }
        String gazetteer = activeGazetteer();
        int total = repository.countUnits(gazetteer, level);
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("{\"type\":\"FeatureCollection\",\"gazetteer\":").append(jsonString(gazetteer))
                .append(",\"level\":").append(level)
                .append(",\"total\":").append(total)
                .append(",\"limit\":").append(page.limit())
                .append(",\"offset\":").append(page.offset())
                .append(",\"features\":[");
        List<GeographyRepository.DisplayUnit> units = repository.displayUnits(gazetteer, level, page.limit(), page.offset());
        for (int i = 0; i < units.size(); i++) {
            GeographyRepository.DisplayUnit unit = units.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"type\":\"Feature\",\"id\":").append(jsonString(unit.pcode()))
                    .append(",\"properties\":{\"pcode\":").append(jsonString(unit.pcode()))
                    .append(",\"name\":").append(jsonString(unit.name()))
                    .append(",\"parentPcode\":").append(unit.parentPcode() == null ? "null" : jsonString(unit.parentPcode()))
                    .append(",\"level\":").append(level)
                    .append("},\"geometry\":").append(unit.geoJson()).append('}');
        }
        return out.append("]}").toString();
    }

    @Transactional(readOnly = true)
    public List<Gazetteer> gazetteers() {
        return repository.gazetteers();
    }

    public String activeGazetteer() {
        return repository.activeGazetteer().orElseThrow(() -> new IllegalStateException("No gazetteer is active"));
    }

    /** Every populated place of the active gazetteer, from the in-memory index. */
    public List<Settlement> settlements() {
        return indexes.current().places().stream()
                .map(place -> new Settlement(place.pcode(), place.name(), place.lat(), place.lon(), place.placeClass())).toList();
    }

    /** The populated places of one region of the active gazetteer, largest class first (capitals, then others). */
    public List<PlaceMatch> placesIn(String adm1Pcode) {
        return repository.placesIn(activeGazetteer(), adm1Pcode);
    }

    /** A populated place of the active gazetteer by its P-code, with its admin units. */
    public Optional<PlaceMatch> place(String pcode) {
        return pcode == null ? Optional.empty() : repository.place(activeGazetteer(), pcode.strip());
    }

    /** The regions (admin level 1) of the active gazetteer, by name. */
    public List<AdminUnitRef> regions() {
        return repository.unitRefs(activeGazetteer(), 1);
    }

    /**
     * Validates and stores a new gazetteer version. Its places are those of the active version, assigned to the
     * new admin units by their coordinates. Nothing of a refused version is stored.
     */
    public Gazetteer importGazetteer(GazetteerImport request, boolean activate) {
        GazetteerValidator.Result result = validator.validate(request);
        List<FieldProblem> problems = new ArrayList<>(result.problems());
        if (request.code() != null && repository.gazetteerExists(request.code())) {
            problems.addFirst(new FieldProblem("code", "duplicate-version",
                    "Gazetteer version " + request.code() + " already exists"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_FILE,
                    "The gazetteer was not loaded: " + problems.size() + " problem(s)", problems);
        }
        SpatialIndex newIndex = SpatialIndex.build(request.code(), result.units(), List.of());
        List<Place> places = indexes.current().places().stream().map(place -> reassigned(place, newIndex)).toList();
        store.store(request, result.units(), places, activate, currentUser());
        indexes.invalidate();
        return repository.gazetteers().stream().filter(g -> g.code().equals(request.code())).findFirst().orElseThrow();
    }

    public void activate(String code) {
        if (!repository.gazetteerExists(code)) {
            throw ProblemException.notFound("Gazetteer version", code);
        }
        store.activate(code);
        indexes.invalidate();
    }

    /** Loads a gazetteer shipped in the product when it is not in the database yet. */
    public boolean loadIfAbsent(GazetteerImport request, List<Place> places) {
        if (repository.gazetteerExists(request.code())) {
            return false;
        }
        GazetteerValidator.Result result = validator.validate(request);
        if (!result.isValid()) {
            throw new IllegalStateException("The shipped gazetteer " + request.code() + " is invalid: " + result.problems());
        }
        store.store(request, result.units(), places, repository.activeGazetteer().isEmpty(), "system");
        indexes.invalidate();
        return true;
    }

    private static Place reassigned(Place place, SpatialIndex index) {
        List<AdminUnit> units = index.adminUnitsAt(place.lat(), place.lon());
        return new Place(place.pcode(), place.name(), place.placeClass(), place.lon(), place.lat(),
                pcode(units, 0), pcode(units, 1), pcode(units, 2));
    }

    private static String pcode(List<AdminUnit> units, int i) {
        return units.size() > i ? units.get(i).pcode() : null;
    }

    private static AdminUnitRef ref(List<AdminUnit> units, int i) {
        return units.size() > i ? new AdminUnitRef(units.get(i).pcode(), units.get(i).name()) : null;
    }

    private static void checkRange(double lat, double lon) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "lat must be a latitude between -90 and 90, not " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "lon must be a longitude between -180 and 180, not " + lon);
        }
    }

    private String outsideDetail(double lat, double lon) {
        String point = String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
        boolean swappedInside = Math.abs(lon) <= 90 && !indexes.current().adminUnitsAt(lon, lat).isEmpty();
        if (swappedInside) {
            return "The point " + point + " is outside Mali; the coordinates look swapped: lat " + lon + ", lon " + lat + " is in Mali";
        }
        return "The point " + point + " (lat, lon) is outside Mali";
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
