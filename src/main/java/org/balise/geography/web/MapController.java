package org.balise.geography.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.geography.PlaceMatch;
import org.balise.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The home page: a map of Mali drawn from the boundaries Balise serves itself, with place search. Its data
 * comes from /map/data/..., which use the page's session (the /api chain is stateless).
 */
@Controller
class MapController {

    private final GeographyManagement geography;
    private final String tileUrl;
    private final Path mbtiles;

    MapController(GeographyManagement geography, @Value("${balise.geography.tile-url:}") String tileUrl,
            @Value("${balise.data-dir}") String dataDir) {
        this.geography = geography;
        this.tileUrl = tileUrl;
        this.mbtiles = Path.of(dataDir, "basemap.mbtiles");
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("offlineTiles", Files.isRegularFile(mbtiles));
        model.addAttribute("gazetteer", geography.activeGazetteer());
        return "home";
    }

    @GetMapping("/map/data/admin-units")
    ResponseEntity<String> adminUnits(@RequestParam int level) {
        return ResponseEntity.ok().contentType(GeographyApiController.GEO_JSON).cacheControl(CacheControl.noCache())
                .body(geography.adminUnitsGeoJson(level, new PageRequest(PageRequest.MAX_LIMIT, 0)));
    }

    @GetMapping("/map/data/places")
    @ResponseBody
    List<PlaceMatch> places(@RequestParam String q) {
        return geography.searchPlaces(q, 10);
    }

    @GetMapping("/map/data/locate")
    @ResponseBody
    Location locate(@RequestParam double lat, @RequestParam double lon) {
        return geography.locate(lat, lon);
    }
}
