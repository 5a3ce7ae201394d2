package org.balise.hazard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balise.geography.GeographyManagement;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.AreaVersion;
import org.balise.shared.ordnance.DeviceCategory;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.LandUse;
import org.balise.hazard.ReleaseKind;
import org.balise.hazard.SavedArea;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.geo.GeoJsonGeometry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Pages of hazardous areas: list with filters and map, detail with history, forms with a map editor. */
@Controller
class HazardPageController {

    private static final int PAGE_SIZE = 50;
    /**
     * Most areas the list's map draws at once. Ten thousand, national-scale, made 8.5 MB answers that kept the server
     * busy for a third of a second each; the map now asks again for what is in view as the user zooms in.
     */
    private static final int MAP_LIMIT = 1000;

    private final HazardManagement hazards;
    private final org.balise.hazard.HazardReportManagement reports;
    private final GeographyManagement geography;
    private final JsonMapper json;

    HazardPageController(HazardManagement hazards, org.balise.hazard.HazardReportManagement reports,
            GeographyManagement geography, JsonMapper json) {
        this.hazards = hazards;
        this.reports = reports;
        this.geography = geography;
        this.json = json;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("regions", geography.regions());
        model.addAttribute("types", AreaType.values());
        model.addAttribute("statuses", AreaStatus.values());
        model.addAttribute("categories", DeviceCategory.values());
        model.addAttribute("landUses", LandUse.values());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("releaseKinds", ReleaseKind.values());
        model.addAttribute("conditions", org.balise.hazard.DeviceCondition.values());
    }

    @GetMapping("/hazards")
    String list(@RequestParam(required = false) String adm1, @RequestParam(required = false) AreaType type,
            @RequestParam(required = false) AreaStatus status, @RequestParam(required = false) DeviceCategory category,
            @RequestParam(defaultValue = "0") int offset, Model model) {
        ListPage<HazardArea> areas = hazards.areas(null, blankToNull(adm1), type, status, category,
                new PageRequest(PAGE_SIZE, Math.max(0, offset)));
        model.addAttribute("areas", areas);
        model.addAttribute("filter", new Filter(blankToNull(adm1), type, status, category));
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "hazard/areas";
    }

    record Filter(String adm1, AreaType type, AreaStatus status, DeviceCategory category) {
    }

    /**
     * The areas of the list's filter for the page's map, within its view ({@code bbox=minLon,minLat,maxLon,maxLat}) once
     * it has moved: at most {@value #MAP_LIMIT}, newest first, with {@code total} saying how many match.
     */
    @GetMapping(value = "/map/data/hazard-areas", produces = "application/geo+json")
    ResponseEntity<ObjectNode> mapData(@RequestParam(required = false) String bbox, @RequestParam(required = false) String adm1,
            @RequestParam(required = false) AreaType type, @RequestParam(required = false) AreaStatus status,
            @RequestParam(required = false) DeviceCategory category) {
        ListPage<HazardArea> areas = hazards.areas(HazardApiController.envelope(bbox), blankToNull(adm1), type, status, category,
                new PageRequest(MAP_LIMIT, 0));
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("total", areas.total());
        ArrayNode features = collection.putArray("features");
        areas.items().forEach(area -> features.add(hazards.mapFeature(area)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(collection);
    }

    @GetMapping("/hazards/quality")
    String quality(Model model) {
        List<org.balise.hazard.QualityFinding> findings = hazards.qualityReport();
        Map<String, Long> byCode = new java.util.TreeMap<>();
        findings.forEach(finding -> finding.issues().forEach(issue -> byCode.merge(issue.code(), 1L, Long::sum)));
        model.addAttribute("findings", findings);
        model.addAttribute("byCode", byCode);
        return "hazard/quality";
    }

    @GetMapping("/hazards/{reference}")
    String detail(@PathVariable String reference, Model model) {
        HazardArea area = hazards.area(reference);
        model.addAttribute("area", area);
        model.addAttribute("feature", hazards.feature(area, List.of()).toString());
        model.addAttribute("releases", hazards.releases(reference));
        model.addAttribute("releasesGeoJson", releasesGeoJson(reference));
        model.addAttribute("history", hazards.history(reference));
        model.addAttribute("reports", reports.reportsOfArea(reference).stream().map(reports::report).toList());
        model.addAttribute("devices", reports.devices(reference));
        return "hazard/area";
    }

    @GetMapping("/hazards/{reference}/versions/{version}")
    String version(@PathVariable String reference, @PathVariable int version, Model model) {
        HazardArea area = hazards.area(reference);
        AreaVersion found = hazards.history(reference).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version", reference + " v" + version));
        model.addAttribute("area", area);
        model.addAttribute("version", found);
        model.addAttribute("versionFeature", json.readTree(found.feature()));
        return "hazard/version";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/hazards/new")
    String newArea(Model model) {
        model.addAttribute("form", AreaForm.empty(LocalDate.now()));
        return "hazard/area-form";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazards")
    String create(@ModelAttribute("form") AreaForm form, Model model, RedirectAttributes redirect) {
        try {
            SavedArea saved = hazards.create(hazards.readFeature(form.toFeature(json)));
            return saved(saved, redirect);
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            return "hazard/area-form";
        }
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/hazards/{reference}/edit")
    String edit(@PathVariable String reference, Model model) {
        HazardArea area = hazards.area(reference);
        model.addAttribute("area", area);
        model.addAttribute("form", AreaForm.of(area, LocalDate.now()));
        return "hazard/area-form";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazards/{reference}")
    String update(@PathVariable String reference, @ModelAttribute("form") AreaForm form, Model model, RedirectAttributes redirect) {
        try {
            return saved(hazards.update(reference, hazards.readFeature(form.toFeature(json))), redirect);
        } catch (ProblemException e) {
            model.addAttribute("area", hazards.area(reference));
            model.addAttribute("problem", e);
            return "hazard/area-form";
        }
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazards/{reference}/releases")
    String release(@PathVariable String reference, @RequestParam String kind, @RequestParam String date,
            @RequestParam String geometry, RedirectAttributes redirect) {
        try {
            GeoJsonGeometry.ReadResult read = GeoJsonGeometry.read(json.readTree(geometry.isBlank() ? "null" : geometry));
            if (!read.isOk()) {
                throw ProblemException.invalid("geometry", "invalid-geometry", read.problem());
            }
            hazards.release(reference, ReleaseKind.valueOf(kind.toUpperCase(Locale.ROOT)), LocalDate.parse(date), read.geometry());
            redirect.addFlashAttribute("flash", "flash.hazard.released");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        } catch (IllegalArgumentException | java.time.DateTimeException | tools.jackson.core.JacksonException e) {
            redirect.addFlashAttribute("problem", ProblemException.invalid("release", "invalid-release", "The release form is incomplete"));
        }
        redirect.addFlashAttribute("flashArg", reference);
        return "redirect:/hazards/" + reference;
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazards/{reference}/devices")
    String addDevice(@PathVariable String reference, @RequestParam String category, @RequestParam(required = false) String model,
            @RequestParam(required = false) Integer quantity, @RequestParam(required = false) String condition,
            @RequestParam(required = false) Integer depthCm, RedirectAttributes redirect) {
        try {
            reports.addDevices(reference, List.of(new org.balise.hazard.ReportRequests.DeviceReport(category, model, quantity,
                    condition, depthCm, null, null)));
            redirect.addFlashAttribute("flash", "flash.hazard.device");
            redirect.addFlashAttribute("flashArg", reference);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/hazards/" + reference;
    }

    private static String saved(SavedArea saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", saved.summaryChanged() ? "flash.hazard.saved" : "flash.hazard.older");
        redirect.addFlashAttribute("flashArg", saved.area().reference());
        redirect.addFlashAttribute("warnings", saved.warnings());
        return "redirect:/hazards/" + saved.area().reference();
    }

    private String releasesGeoJson(String reference) {
        ArrayNode features = json.createArrayNode();
        hazards.releases(reference).forEach(release -> {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.putObject("properties").put("kind", release.kind().name()).put("date", release.date().toString());
            feature.set("geometry", json.readTree(GeoJsonGeometry.write(release.geometry(), 7)));
        });
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return collection.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The area form: the geometry arrives as GeoJSON text from the map editor. */
    record AreaForm(String name, String type, List<String> deviceCategories, List<String> blockedLandUse, Integer women,
            Integer men, Integer girls, Integer boys, String reportingOrganisation, String informationDate,
            String evidenceKind, String evidenceDescription, String geometry) {

        static AreaForm empty(LocalDate today) {
            return new AreaForm("", "SHA", new ArrayList<>(), new ArrayList<>(), 0, 0, 0, 0, "", today.toString(),
                    "INDIRECT", "", "");
        }

        static AreaForm of(HazardArea area, LocalDate today) {
            AreaDetails details = area.details();
            Evidence first = details.evidence().isEmpty() ? null : details.evidence().getFirst();
            return new AreaForm(details.name(), details.type().name(),
                    details.deviceCategories().stream().map(Enum::name).toList(),
                    details.blockedLandUse().stream().map(Enum::name).toList(),
                    details.beneficiaries().women(), details.beneficiaries().men(), details.beneficiaries().girls(),
                    details.beneficiaries().boys(), details.reportingOrganisation(), today.toString(),
                    first == null ? "INDIRECT" : first.kind().name(), first == null ? "" : first.description(),
                    GeoJsonGeometry.write(details.geometry(), 7));
        }

        public boolean hasCategory(String name) {
            return deviceCategories != null && deviceCategories.contains(name);
        }

        public boolean hasLandUse(String name) {
            return blockedLandUse != null && blockedLandUse.contains(name);
        }

        /** Builds the same Feature the API takes, so that pages and API share one reader and its checks. */
        ObjectNode toFeature(JsonMapper json) {
            ObjectNode feature = json.createObjectNode();
            feature.put("type", "Feature");
            try {
                feature.set("geometry", json.readTree(geometry == null || geometry.isBlank() ? "null" : geometry));
            } catch (tools.jackson.core.JacksonException e) {
                throw ProblemException.invalid(List.of(new FieldProblem("geometry", "invalid-geometry", "Draw the area on the map")));
            }
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", name);
            properties.put("type", type);
            ArrayNode categories = properties.putArray("deviceCategories");
            (deviceCategories == null ? List.<String>of() : deviceCategories).forEach(categories::add);
            ArrayNode landUse = properties.putArray("blockedLandUse");
            (blockedLandUse == null ? List.<String>of() : blockedLandUse).forEach(landUse::add);
            ObjectNode people = properties.putObject("beneficiaries");
            people.put("women", women == null ? 0 : women);
            people.put("men", men == null ? 0 : men);
            people.put("girls", girls == null ? 0 : girls);
            people.put("boys", boys == null ? 0 : boys);
            properties.put("reportingOrganisation", reportingOrganisation);
            properties.put("informationDate", informationDate);
            if (evidenceDescription != null && !evidenceDescription.isBlank()) {
                properties.putArray("evidence").addObject().put("kind", evidenceKind).put("description", evidenceDescription);
            }
            return feature;
        }
    }
}
