package org.balise.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.balise.geography.internal.Place;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.shared.ordnance.DeviceCategory;

/**
 * What the clients of the load benchmark ask, in fixed shares: half map views (the list page's map and the API, over a
 * window at a street-to-province zoom level around a real settlement), three tenths list pages (HTML and JSON, with
 * filters and a page among the first twenty), one fifth OpenRosa submissions.
 */
final class LoadMix {

    /** How a request is authenticated: the browser session of the pages, HTTP Basic on /api, a phone's token URL. */
    enum Channel {
        PAGE, API, PHONE
    }

    enum Kind {
        MAP_PAGE("map", Channel.PAGE, 25, "GET /map/data/hazard-areas?bbox= (the list page's map)"),
        MAP_API("map", Channel.API, 25, "GET /api/v1/hazard-areas?bbox="),
        HAZARD_PAGE("list", Channel.PAGE, 10, "GET /hazards?adm1|type|status|category=&offset="),
        CASUALTY_PAGE("list", Channel.PAGE, 5, "GET /casualties?offset="),
        QUEUE_PAGE("list", Channel.PAGE, 5, "GET /collection/submissions?offset="),
        HAZARD_API("list", Channel.API, 5, "GET /api/v1/hazard-areas?limit=50&offset="),
        ACCIDENT_API("list", Channel.API, 5, "GET /api/v1/accidents?limit=50&offset="),
        SUBMISSION("submission", Channel.PHONE, 20, "POST /key/<token>/submission");

        final String group;
        final Channel channel;
        /** Percent of all requests. */
        final int share;
        final String label;

        Kind(String group, Channel channel, int share, String label) {
            this.group = group;
            this.channel = channel;
            this.share = share;
            this.label = label;
        }
    }

    /** A request to send: its path and query (relative to the server's root); a submission's body is the client's. */
    record Request(Kind kind, String path) {
    }

    /** Width of the map in pixels: a list page's map on a laptop screen, half as high. */
    private static final int MAP_WIDTH_PIXELS = 1024;
    private static final int MIN_ZOOM = 8;
    private static final int MAX_ZOOM = 13;
    /** Pages users actually open: the first twenty of each list. */
    private static final int PAGES = 20;
    private static final int PAGE_SIZE = 50;

    private final List<Place> places;
    private final List<String> regions;

    LoadMix(List<Place> places) {
        this.places = places;
        this.regions = places.stream().map(Place::adm1Pcode).distinct().sorted().toList();
    }

    /** The regions (level-1 P-codes) of the gazetteer's settlements. */
    List<String> regions() {
        return regions;
    }

    /**
     * The next request of a client. Those who may not open the submission queue (analysts and field teams) open the
     * hazardous area list instead, so that every client keeps the same shares of map, list and submission.
     */
    Request next(Random random, boolean mayReview) {
        Kind kind = draw(random);
        if (kind == Kind.QUEUE_PAGE && !mayReview) {
            kind = Kind.HAZARD_PAGE;
        }
        return new Request(kind, switch (kind) {
            case MAP_PAGE -> "map/data/hazard-areas?bbox=" + window(random);
            case MAP_API -> "api/v1/hazard-areas?bbox=" + window(random);
            case HAZARD_PAGE -> "hazards?" + areaFilter(random) + "offset=" + offset(random);
            case CASUALTY_PAGE -> "casualties?offset=" + offset(random);
            case QUEUE_PAGE -> "collection/submissions?offset=" + offset(random);
            case HAZARD_API -> "api/v1/hazard-areas?limit=" + PAGE_SIZE + "&offset=" + offset(random);
            case ACCIDENT_API -> "api/v1/accidents?limit=" + PAGE_SIZE + "&offset=" + offset(random);
            case SUBMISSION -> "submission";
        });
    }

    private static Kind draw(Random random) {
        int pick = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            pick -= kind.share;
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("The shares of the kinds do not add up to 100");
    }

    /**
     * A map view around a settlement drawn at random (where the areas are, and where users look), at a zoom level from
     * {@value #MIN_ZOOM} (a province, 5.6° across) to {@value #MAX_ZOOM} (a village, 0.18°): minLon,minLat,maxLon,maxLat.
     */
    private String window(Random random) {
        Place centre = places.get(random.nextInt(places.size()));
        int zoom = MIN_ZOOM + random.nextInt(MAX_ZOOM - MIN_ZOOM + 1);
        // Web Mercator: 256 pixels span 360° of longitude at zoom 0; a degree of latitude is 1/cos(lat) times longer.
        double width = MAP_WIDTH_PIXELS * 360.0 / (256 << zoom);
        double height = width / 2 * Math.cos(Math.toRadians(centre.lat()));
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", centre.lon() - width / 2, centre.lat() - height / 2,
                centre.lon() + width / 2, centre.lat() + height / 2);
    }

    /** Half the time no filter, else one of the list's filters (region, type, status, device category). */
    private String areaFilter(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "adm1=" + regions.get(random.nextInt(regions.size())) + "&";
            case 1 -> "type=" + any(random, AreaType.values()) + "&";
            case 2 -> "status=" + any(random, AreaStatus.values()) + "&";
            case 3 -> "category=" + any(random, DeviceCategory.values()) + "&";
            default -> "";
        };
    }

    private static <E extends Enum<E>> E any(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int offset(Random random) {
        return random.nextInt(PAGES) * PAGE_SIZE;
    }
}
