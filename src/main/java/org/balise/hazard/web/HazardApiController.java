package org.balise.hazard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.AreaVersion;
import org.balise.shared.ordnance.DeviceCategory;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.ReleaseKind;
import org.balise.hazard.SavedArea;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Tag(name = "Hazardous areas", description = "Suspected and confirmed hazardous areas as GeoJSON, land release, history")
@RestController
@RequestMapping("/api/v1/hazard-areas")
class HazardApiController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final HazardManagement hazards;
    private final JsonMapper json;

    HazardApiController(HazardManagement hazards, JsonMapper json) {
        this.hazards = hazards;
        this.json = json;
    }

    @Operation(summary = "Hazardous areas as a GeoJSON FeatureCollection, optionally within bbox=minLon,minLat,maxLon,maxLat")
    @GetMapping(produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> list(@RequestParam(required = false) String bbox, @RequestParam(required = false) String adm1,
            @RequestParam(required = false) AreaType type, @RequestParam(required = false) AreaStatus status,
            @RequestParam(required = false) DeviceCategory deviceCategory,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        PageRequest page = PageRequest.of(limit, offset);
        ListPage<HazardArea> areas = hazards.areas(envelope(bbox), adm1, type, status, deviceCategory, page);
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("total", areas.total());
        collection.put("limit", page.limit());
        collection.put("offset", page.offset());
        ArrayNode features = collection.putArray("features");
        areas.items().forEach(area -> features.add(hazards.feature(area, List.of())));
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }

    @Operation(summary = "One hazardous area as a GeoJSON Feature")
    @GetMapping(value = "/{reference}", produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> get(@PathVariable String reference) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(hazards.feature(hazards.area(reference), List.of()));
    }

    @Operation(summary = "Create a hazardous area from a GeoJSON Feature (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping(consumes = {"application/json", "application/geo+json"}, produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode feature) {
        SavedArea saved = hazards.create(hazards.readFeature(feature));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(GEO_JSON)
                .header("Location", "/api/v1/hazard-areas/" + saved.area().reference())
                .body(hazards.feature(saved.area(), saved.warnings()));
    }

    @Operation(summary = "Record a new version of a hazardous area (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PutMapping(value = "/{reference}", consumes = {"application/json", "application/geo+json"},
            produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> update(@PathVariable String reference, @RequestBody JsonNode feature) {
        SavedArea saved = hazards.update(reference, hazards.readFeature(feature));
        ObjectNode body = hazards.feature(saved.area(), saved.warnings());
        ((ObjectNode) body.get("properties")).put("summaryChanged", saved.summaryChanged());
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @Operation(summary = "Every version of an area, newest first")
    @GetMapping("/{reference}/history")
    ListPage<AreaVersion> history(@PathVariable String reference) {
        List<AreaVersion> versions = hazards.history(reference);
        return new ListPage<>(versions, versions.size());
    }

    @Operation(summary = "Record released land: {\"kind\":\"CANCELLED|REDUCED|CLEARED\",\"date\":\"YYYY-MM-DD\",\"geometry\":{...}}")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping(value = "/{reference}/releases", consumes = {"application/json", "application/geo+json"},
            produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> release(@PathVariable String reference, @RequestBody JsonNode body) {
        List<org.balise.shared.FieldProblem> problems = new java.util.ArrayList<>();
        ReleaseKind kind = org.balise.shared.Codes.parse(ReleaseKind.class, body.path("kind").asString(""), "kind", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate date = date(body.path("date").asString(""));
        GeoJsonGeometry.ReadResult geometry = GeoJsonGeometry.read(body.get("geometry"));
        if (!geometry.isOk()) {
            throw ProblemException.invalid("geometry", "invalid-geometry", geometry.problem());
        }
        HazardArea area = hazards.release(reference, kind, date, geometry.geometry());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(GEO_JSON).body(hazards.feature(area, List.of()));
    }

    static Envelope envelope(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "bbox must be minLon,minLat,maxLon,maxLat");
        }
        double[] values = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                values[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "bbox must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        if (values[0] > values[2] || values[1] > values[3] || values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90
                || !Double.isFinite(values[0] + values[1] + values[2] + values[3])) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "bbox must be minLon,minLat,maxLon,maxLat with min <= max, in degrees");
        }
        return new Envelope(values[0], values[2], values[1], values[3]);
    }
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("date", "invalid-date", "date must be YYYY-MM-DD");
        }
    }
}
