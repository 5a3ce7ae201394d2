package org.balise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.balise.casualty.CasualtyPoint;
import org.balise.geography.LayerFeature;
import org.balise.geography.LayerKind;
import org.balise.geography.Settlement;
import org.balise.geography.internal.Place;
import org.balise.geography.internal.PlacesCsv;
import org.balise.hazard.AdminArea;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.Beneficiaries;
import org.balise.hazard.HazardArea;
import org.balise.hazard.LandUse;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.geo.GroundArea;
import org.balise.shared.ordnance.DeviceCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A synthetic national data set for Mali, always the same for the same seed: hazardous areas, reference-layer
 * features and accidents scattered around the REAL 18,769 populated places of the OCHA COD-PP 2015 gazetteer
 * shipped with the product (read with the product's own {@link PlacesCsv}).
 *
 * <ul>
 * <li>hazardous areas: irregular star-shaped polygons of 6 to 10 vertices, 50 to 400 m across, whose centre lies
 * 0.3 to 5 km from a settlement drawn at random; random device categories, blocked land use, beneficiaries,
 * SHA/CHA, OPEN or WORKED_ON (every area is unreleased, as {@code ranking} reads them);</li>
 * <li>reference layers: schools, health facilities, water points and markets as points 0 to 2 km from a
 * settlement; roads as LineStrings of 2 to 5 km (3 to 5 vertices) starting near a settlement;</li>
 * <li>accidents: points 0 to 8 km from a settlement, dated over the three years before {@link #TODAY}, 1 to 6
 * people killed or injured.</li>
 * </ul>
 */
public final class NationalData {

    public static final long SEED = 20_261_128L;
    /** A fixed "today", so that the casualty window selects the same accidents on every run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final String PLACES = "/gazetteer/cod-2015/mli_populated_places_ocha_cod2015.csv";
    /** Metres per degree of latitude on the sphere {@code Distances} uses (2πR/360, R = 6,371,008.8 m). */
    private static final double METRES_PER_DEGREE = 111_195.08;
    private static final GeometryFactory FACTORY = GeoJsonGeometry.FACTORY;
    private static final Instant UPDATED_AT = Instant.parse("2026-11-28T08:00:00Z");

    public final List<Place> places;
    public final List<Settlement> settlements;
    public final List<HazardArea> areas;
    public final List<LayerFeature> layers;
    public final List<CasualtyPoint> accidents;
    /** The settlement each accident was placed around, in the order of {@link #accidents}: its admin units. */
    public final List<Place> accidentPlaces;

    private NationalData(List<Place> places, List<HazardArea> areas, List<LayerFeature> layers, List<Accident> accidents) {
        this.places = places;
        // As GeographyManagement.settlements() turns places into settlements.
        this.settlements = places.stream()
                .map(place -> new Settlement(place.pcode(), place.name(), place.lat(), place.lon(), place.placeClass())).toList();
        this.areas = areas;
        this.layers = layers;
        this.accidents = accidents.stream().map(Accident::point).toList();
        this.accidentPlaces = accidents.stream().map(Accident::near).toList();
    }

    private record Accident(CasualtyPoint point, Place near) {
    }

    public static List<Place> readPlaces() {
        try (InputStream in = NationalData.class.getResourceAsStream(PLACES)) {
            if (in == null) {
                throw new IllegalStateException(PLACES + " is not on the classpath (target/classes)");
            }
            return PlacesCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NationalData generate(int areaCount, int layerCount, int accidentCount) {
        List<Place> places = readPlaces();
        Random random = new Random(SEED);
        return new NationalData(places, areas(places, areaCount, random), layers(places, layerCount, random),
                accidents(places, accidentCount, random));
    }

    private static List<HazardArea> areas(List<Place> places, int count, Random random) {
        DeviceCategory[] categories = DeviceCategory.values();
        LandUse[] uses = LandUse.values();
        List<HazardArea> areas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place place = places.get(random.nextInt(places.size()));
            double[] centre = offset(place.lat(), place.lon(), random.nextDouble() * 2 * Math.PI, 300 + random.nextDouble() * 4_700);
            Geometry polygon = polygon(centre[0], centre[1], 50 + random.nextDouble() * 350, 6 + random.nextInt(5), random);
            Set<DeviceCategory> devices = EnumSet.of(categories[random.nextInt(categories.length)]);
            if (random.nextDouble() < 0.3) {
                devices.add(categories[random.nextInt(categories.length)]);
            }
            Set<LandUse> blocked = EnumSet.noneOf(LandUse.class);
            int blockedCount = random.nextInt(4);
            for (int k = 0; k < blockedCount; k++) {
                blocked.add(uses[random.nextInt(uses.length)]);
            }
            Beneficiaries beneficiaries = new Beneficiaries(random.nextInt(151), random.nextInt(151), random.nextInt(151),
                    random.nextInt(151));
            AreaType type = random.nextDouble() < 0.35 ? AreaType.CHA : AreaType.SHA;
            boolean workedOn = random.nextDouble() < 0.15;
            LocalDate informationDate = TODAY.minusDays(random.nextInt(3 * 365));
            double squareMetres = GroundArea.squareMetres(polygon);
            AreaDetails details = new AreaDetails("Zone " + (i + 1) + " près de " + place.name(), type, polygon, devices,
                    blocked, beneficiaries, "Opérateur " + (1 + random.nextInt(12)), informationDate, List.of());
            AdminArea admin = new AdminArea("cod-2015", place.adm1Pcode(), null, place.adm2Pcode(), null, place.adm3Pcode(), null);
            areas.add(new HazardArea(i + 1, String.format("HA-%06d", i + 1), workedOn ? AreaStatus.WORKED_ON : AreaStatus.OPEN,
                    details, squareMetres, workedOn ? squareMetres * random.nextDouble() * 0.8 : 0, admin, 1, UPDATED_AT));
        }
        return areas;
    }

    private static List<LayerFeature> layers(List<Place> places, int count, Random random) {
        List<LayerFeature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place place = places.get(random.nextInt(places.size()));
            double pick = random.nextDouble();
            LayerKind kind = pick < 0.30 ? LayerKind.SCHOOL : pick < 0.42 ? LayerKind.HEALTH_FACILITY
                    : pick < 0.75 ? LayerKind.WATER_POINT : pick < 0.83 ? LayerKind.MARKET : LayerKind.ROAD;
            Geometry geometry;
            if (kind == LayerKind.ROAD) {
                geometry = road(place, random);
            } else {
                double[] at = offset(place.lat(), place.lon(), random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2_000);
                geometry = FACTORY.createPoint(new Coordinate(at[1], at[0]));
            }
            features.add(new LayerFeature(kind.name().toLowerCase() + " " + (i + 1), kind, geometry));
        }
        return features;
    }

    private static List<Accident> accidents(List<Place> places, int count, Random random) {
        List<Accident> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place place = places.get(random.nextInt(places.size()));
            double[] at = offset(place.lat(), place.lon(), random.nextDouble() * 2 * Math.PI, random.nextDouble() * 8_000);
            int people = 1 + (random.nextDouble() < 0.6 ? 0 : random.nextInt(6));
            points.add(new Accident(new CasualtyPoint(at[0], at[1], TODAY.minusDays(random.nextInt(3 * 365)), people), place));
        }
        return points;
    }

    /** A star-shaped (hence simple) polygon: vertices at increasing angles, each at 55–100 % of the radius. */
    private static Geometry polygon(double lat, double lon, double acrossMetres, int vertices, Random random) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        double step = 2 * Math.PI / vertices;
        double start = random.nextDouble() * 2 * Math.PI;
        for (int k = 0; k < vertices; k++) {
            double angle = start + k * step + (random.nextDouble() - 0.5) * 0.6 * step;
            double radius = acrossMetres / 2 * (0.55 + 0.45 * random.nextDouble());
            double[] vertex = offset(lat, lon, angle, radius);
            ring[k] = new Coordinate(vertex[1], vertex[0]);
        }
        ring[vertices] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    /** A road of 2 to 5 km in 2 to 4 straight sections with gentle bends, starting within 1 km of a settlement. */
    private static Geometry road(Place place, Random random) {
        double[] at = offset(place.lat(), place.lon(), random.nextDouble() * 2 * Math.PI, random.nextDouble() * 1_000);
        int sections = 2 + random.nextInt(3);
        double section = (2_000 + random.nextDouble() * 3_000) / sections;
        double heading = random.nextDouble() * 2 * Math.PI;
        Coordinate[] line = new Coordinate[sections + 1];
        line[0] = new Coordinate(at[1], at[0]);
        for (int k = 1; k <= sections; k++) {
            heading += (random.nextDouble() - 0.5) * 0.8;
            at = offset(at[0], at[1], heading, section);
            line[k] = new Coordinate(at[1], at[0]);
        }
        return FACTORY.createLineString(line);
    }

    /** The point {@code metres} from (lat, lon) towards {@code bearing} (radians from north); flat-earth, fine below 10 km. */
    static double[] offset(double lat, double lon, double bearing, double metres) {
        double dLat = metres * Math.cos(bearing) / METRES_PER_DEGREE;
        double dLon = metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return new double[] {lat + dLat, lon + dLon};
    }
}
