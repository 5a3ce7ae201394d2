package org.balise.hazard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaType;
import org.balise.hazard.Beneficiaries;
import org.balise.shared.ordnance.DeviceCategory;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.LandUse;
import org.balise.hazard.ReleaseKind;
import org.balise.hazard.SavedArea;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.StartupTask;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: about three hundred hazardous areas near real settlements of the central and northern
 * regions, where contamination is reported today: improvised devices on roads and fields in Mopti and Ségou,
 * abandoned and unexploded ordnance around former front lines in the north. Placed with a fixed seed, so the
 * demo is the same on every machine; loaded once.
 */
@Component
class DemoHazards implements StartupTask {

    private static final long SEED = 20261128L;
    private static final List<String> REGIONS = List.of("ML05", "ML05", "ML05", "ML04", "ML06", "ML07", "ML07", "ML08");
    private static final int AREAS = 300;

    private final HazardManagement hazards;
    private final GeographyManagement geography;
    private final boolean demo;

    DemoHazards(HazardManagement hazards, GeographyManagement geography, @Value("${balise.demo:false}") boolean demo) {
        this.hazards = hazards;
        this.geography = geography;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void run() {
        if (!demo || hazards.areas(null, null, null, null, null, new PageRequest(1, 0)).total() > 0) {
            return;
        }
        Random random = new Random(SEED);
        var placesByRegion = new java.util.HashMap<String, List<PlaceMatch>>();
        int created = 0;
        for (int attempt = 0; created < AREAS && attempt < AREAS * 3; attempt++) {
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            List<PlaceMatch> places = placesByRegion.computeIfAbsent(region, geography::placesIn);
            if (places.isEmpty()) {
                continue;
            }
            PlaceMatch place = places.get(random.nextInt(places.size()));
            try {
                SavedArea saved = hazards.create(area(place, region, random));
                created++;
                releaseSome(saved, random);
            } catch (ProblemException refused) {
                // A random shape may overlap the border or another area badly: draw another one.
            }
        }
    }

    private static AreaDetails area(PlaceMatch place, String region, Random random) {
        boolean north = Set.of("ML06", "ML07", "ML08").contains(region);
        Set<DeviceCategory> categories = EnumSet.noneOf(DeviceCategory.class);
        if (north) {
            categories.add(random.nextBoolean() ? DeviceCategory.UXO : DeviceCategory.AXO);
            if (random.nextInt(4) == 0) {
                categories.add(DeviceCategory.IMPROVISED_MINE);
            }
        } else {
            categories.add(random.nextInt(3) == 0 ? DeviceCategory.IED_OTHER : DeviceCategory.IMPROVISED_MINE);
            if (random.nextInt(5) == 0) {
                categories.add(DeviceCategory.UXO);
            }
        }
        Set<LandUse> landUse = EnumSet.noneOf(LandUse.class);
        landUse.add(List.of(LandUse.AGRICULTURE, LandUse.GRAZING, LandUse.ROADS, LandUse.WATER).get(random.nextInt(4)));
        if (random.nextInt(3) == 0) {
            landUse.add(List.of(LandUse.HOUSING, LandUse.SERVICES, LandUse.INFRASTRUCTURE).get(random.nextInt(3)));
        }
        boolean confirmed = random.nextInt(10) < 3;
        double bearing = random.nextDouble() * 2 * Math.PI;
        double distanceKm = 0.4 + random.nextDouble() * 2.5;
        double lat = place.lat() + Math.cos(bearing) * distanceKm / 111.0;
        double lon = place.lon() + Math.sin(bearing) * distanceKm / (111.0 * Math.cos(Math.toRadians(place.lat())));
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(confirmed ? EvidenceKind.DIRECT : EvidenceKind.INDIRECT,
                confirmed ? "Engin observé par l'équipe d'enquête" : "Signalé par des habitants de " + place.name(), lat, lon));
        int households = 5 + random.nextInt(60);
        return new AreaDetails(name(landUse, place, random), confirmed ? AreaType.CHA : AreaType.SHA, shape(lon, lat, random),
                categories, landUse, new Beneficiaries(households * 2, households * 2, households * 3, households * 3),
                random.nextBoolean() ? "Équipe NTS 1" : "Équipe NTS 2",
                LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)), evidence);
    }

    private static String name(Set<LandUse> landUse, PlaceMatch place, Random random) {
        String what = switch (landUse.iterator().next()) {
            case AGRICULTURE -> "Champs";
            case GRAZING -> "Pâturage";
            case ROADS -> "Piste";
            case WATER -> "Point d'eau";
            default -> "Zone";
        };
        String side = List.of("nord", "sud", "est", "ouest").get(random.nextInt(4));
        return what + " au " + side + " de " + place.name();
    }

    /** An irregular polygon of 6 to 10 vertices, 60 to 350 m across. */
    private static Polygon shape(double lon, double lat, Random random) {
        int vertices = 6 + random.nextInt(5);
        double radius = 60 + random.nextDouble() * 290;
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = radius * (0.7 + random.nextDouble() * 0.3);
            ring[i] = new Coordinate(lon + Math.sin(angle) * r / (111_000 * Math.cos(Math.toRadians(lat))),
                    lat + Math.cos(angle) * r / 111_000);
        }
        ring[vertices] = ring[0];
        return GeoJsonGeometry.FACTORY.createPolygon(ring);
    }

    private void releaseSome(SavedArea saved, Random random) {
        if (random.nextInt(5) != 0 || !(saved.area().details().geometry() instanceof Polygon polygon)) {
            return;
        }
        var date = saved.area().details().informationDate().plusDays(30 + random.nextInt(200));
        if (date.isAfter(LocalDate.now())) {
            return;
        }
        var envelope = polygon.getEnvelopeInternal();
        var westHalf = GeoJsonGeometry.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(
                envelope.getMinX(), envelope.centre().x, envelope.getMinY(), envelope.getMaxY())).intersection(polygon);
        ReleaseKind kind = random.nextBoolean() ? ReleaseKind.REDUCED : ReleaseKind.CLEARED;
        hazards.release(saved.area().reference(), kind, date, random.nextInt(3) == 0 ? polygon : westHalf);
    }
}
