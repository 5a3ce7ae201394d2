package org.balise.geography.web;

import java.time.Duration;
import java.util.List;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.geography.PlaceMatch;
import org.balise.geography.internal.MbtilesRepository;
import org.balise.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final MbtilesRepository basemap;

    MapController(GeographyManagement geography, @Value("${balise.geography.tile-url:}") String tileUrl,
            MbtilesRepository basemap) {
        this.geography = geography;
        this.tileUrl = tileUrl;
        this.basemap = basemap;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("offlineTiles", basemap.isPresent());
        model.addAttribute("gazetteer", geography.activeGazetteer());
        return "home";
    }

    /** Offline base map tiles from the data folder's MBTiles file. */
    @GetMapping("/map/tiles/{z}/{x}/{y}")
    ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
        return basemap.tile(z, x, y)
                .map(tile -> ResponseEntity.ok().contentType(MediaType.parseMediaType(tile.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(tile.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
