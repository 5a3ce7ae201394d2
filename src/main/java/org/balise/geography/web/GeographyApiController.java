package org.balise.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.geography.CoordinateParser;
import org.balise.geography.Gazetteer;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GeographyManagement;
import org.balise.geography.LayerKind;
import org.balise.geography.Location;
import org.balise.geography.ReferenceLayer;
import org.balise.geography.ParsedCoordinate;
import org.balise.geography.PlaceMatch;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Geography", description = "Admin units, populated places and gazetteer versions")
@RestController
@RequestMapping("/api/v1/geo")
class GeographyApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final GeographyManagement geography;
    private final MessageSource messages;

    GeographyApiController(GeographyManagement geography, MessageSource messages) {
        this.geography = geography;
        this.messages = messages;
    }

    /** A coordinate read from text, with where it falls when it falls in the country. */
    record ReadCoordinate(double latitude, double longitude, ParsedCoordinate.Notation notation, Location location) {
    }

    @Operation(summary = "Read a coordinate written in decimal degrees, degrees-minutes-seconds, UTM or MGRS")
    @GetMapping("/coordinates")
    ReadCoordinate coordinates(@RequestParam String text) {
        ParsedCoordinate parsed = CoordinateParser.parse(text);
        if (!parsed.isValid()) {
            List<FieldProblem> problems = parsed.problems().stream()
                    .map(problem -> new FieldProblem("text", problem.messageKey(),
                            messages.getMessage(problem.messageKey(), null, problem.name(), LocaleContextHolder.getLocale())))
                    .toList();
            throw new ProblemException(ProblemType.VALIDATION_FAILED, parsed.detail(), problems);
        }
        return new ReadCoordinate(parsed.latitude(), parsed.longitude(), parsed.notation(),
                geography.tryLocate(parsed.latitude(), parsed.longitude()).orElse(null));
    }

    @Operation(summary = "Admin units and nearest populated place of a point (WGS84)")
    @GetMapping("/locate")
    Location locate(@RequestParam double lat, @RequestParam double lon) {
        return geography.locate(lat, lon);
    }

    @Operation(summary = "Populated places by name, ignoring case and accents, best matches first")
    @GetMapping("/places")
    ListPage<PlaceMatch> places(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        List<PlaceMatch> matches = geography.searchPlaces(q, limit);
        return new ListPage<>(matches, matches.size());
    }

    @Operation(summary = "Admin units of one level as GeoJSON, simplified for display")
    @GetMapping(value = "/admin-units", produces = {"application/geo+json", "application/json"})
    ResponseEntity<String> adminUnits(@RequestParam int level, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache())
                .body(geography.adminUnitsGeoJson(level, PageRequest.of(limit, offset)));
    }

    @Operation(summary = "Gazetteer versions")
    @GetMapping("/gazetteers")
    ListPage<Gazetteer> gazetteers() {
        List<Gazetteer> gazetteers = geography.gazetteers();
        return new ListPage<>(gazetteers, gazetteers.size());
    }

    @Operation(summary = "Load a new gazetteer version: one GeoJSON file per admin level (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping(value = "/gazetteers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Gazetteer> load(@RequestParam String code, @RequestParam String label,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean activate,
            @RequestParam(required = false) MultipartFile adm1, @RequestParam(required = false) MultipartFile adm2,
            @RequestParam(required = false) MultipartFile adm3,
            @RequestParam Map<String, String> parameters) throws IOException {
        Map<Integer, GazetteerImport.LevelFile> levels = new HashMap<>();
        putLevel(levels, 1, adm1, parameters);
        putLevel(levels, 2, adm2, parameters);
        putLevel(levels, 3, adm3, parameters);
        Gazetteer loaded = geography.importGazetteer(new GazetteerImport(code.strip(), label.strip(), source, levels), activate);
        return ResponseEntity.status(HttpStatus.CREATED).body(loaded);
    }

    @Operation(summary = "Make a gazetteer version the active one (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/gazetteers/{code}/activate")
    ResponseEntity<Void> activate(@PathVariable String code) {
        geography.activate(code);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Reference layers (schools, health facilities, water points, roads...)")
    @GetMapping("/layers")
    ListPage<ReferenceLayer> layers() {
        List<ReferenceLayer> layers = geography.layers();
        return new ListPage<>(layers, layers.size());
    }

    @Operation(summary = "Import a reference layer from GeoJSON or CSV with lat/lon columns (admins and IM officers)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping(value = "/layers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReferenceLayer> importLayer(@RequestParam String name, @RequestParam LayerKind kind,
            @RequestParam MultipartFile file) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(geography.importLayer(name, kind, file.getOriginalFilename(), file.getBytes()));
    }

    /** Property names come as adm1.pcode, adm1.name, adm2.parent ... with the common defaults of OCHA CODs. */
    static void putLevel(Map<Integer, GazetteerImport.LevelFile> levels, int level, MultipartFile file,
            Map<String, String> parameters) throws IOException {
        if (file == null || file.isEmpty()) {
            return;
        }
        String prefix = "adm" + level + ".";
        levels.put(level, new GazetteerImport.LevelFile(file.getOriginalFilename(), file.getBytes(),
                parameters.getOrDefault(prefix + "pcode", "ADM" + level + "_PCODE"),
                parameters.getOrDefault(prefix + "name", "ADM" + level + "_FR"),
                level == 1 ? null : parameters.getOrDefault(prefix + "parent", "ADM" + (level - 1) + "_PCODE")));
    }
}
