package org.balise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GazetteerImport.LevelFile;
import org.balise.geography.internal.AdminUnit;
import org.balise.geography.internal.GazetteerValidator;
import org.balise.geography.internal.Place;
import org.balise.geography.internal.PlacesCsv;
import org.balise.geography.internal.SpatialIndex;
import org.balise.geography.internal.SpatialIndex.NearestPlaceHit;
import org.balise.shared.geo.Distances;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures {@link SpatialIndex#adminUnitsAt} and {@link SpatialIndex#nearestPlace} on random points over Mali
 * against brute-force scans run in the same JVM, and checks that both give the same answers.
 *
 * <p>A plain main method with {@link System#nanoTime()} rather than JMH: the project has no JMH dependency and the
 * bench must not change the product's pom. Each measured pass is long (100,000 points), so timer resolution is
 * irrelevant; warm-up passes and the median of several passes stand in for JMH's forks and iterations.
 *
 * <p>Arguments (all optional): {@code --points=100000 --warmup=10000 --passes=3 --seed=20260528
 * --gazetteer=src/main/resources/gazetteer/cod-2015}.
 */
public final class LocateBenchmark {

    private static final String GAZETTEER_CODE = "cod-2015";
    /** Two nearest-place distances closer than this are a tie, not a disagreement. */
    private static final double TIE_METRES = 1e-6;

    private final SpatialIndex index;
    private final List<AdminUnit> communes;
    private final List<Place> places;

    private LocateBenchmark(SpatialIndex index) {
        this.index = index;
        this.communes = index.units(3);
        this.places = index.places();
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long loadStart = System.nanoTime();
        SpatialIndex index = loadShippedGazetteer(options.gazetteer());
        double loadSeconds = seconds(System.nanoTime() - loadStart);
        new LocateBenchmark(index).run(options, loadSeconds);
    }

    private void run(Options options, double loadSeconds) {
        Envelope mali = boundingBoxOfRegions();
        // Warm-up points come from another seed so that the measured points are never "seen" before.
        Points measured = Points.uniform(mali, options.points(), options.seed());
        Points warmup = Points.uniform(mali, options.warmup(), options.seed() + 1);
        boolean[] inCountry = insideCountry(measured);

        printHeader(options, mali, loadSeconds);

        Measured communes = measure("commune", options, measured, warmup, this::indexedCommune, this::bruteForceCommune);
        Measured places = measure("nearest place", options, measured, warmup, this::indexedNearestPlace,
                this::bruteForceNearestPlace);
        // A point outside every commune takes another path through adminUnitsAt (a border-tolerance search at
        // each of the three levels), so the commune lookup is also timed on each half alone. Already warm.
        Measured communesInside = measure("commune, points inside the country", options,
                measured.where(inCountry, true), Points.NONE, this::indexedCommune, this::bruteForceCommune);
        Measured communesOutside = measure("commune, points outside the country", options,
                measured.where(inCountry, false), Points.NONE, this::indexedCommune, this::bruteForceCommune);

        System.out.println();
        printThroughput(options, communes.timing(), places.timing(), communesInside.timing(), communesOutside.timing());
        printCommuneAgreement(compareCommunes(measured, inCountry, communes));
        printPlaceAgreement(comparePlaces(measured, inCountry, places));
    }

    private boolean[] insideCountry(Points points) {
        // Prepared: 100,000 plain covers on the 12,000-vertex country outline would dominate the run time.
        PreparedGeometry country = PreparedGeometryFactory.prepare(index.country());
        boolean[] inside = new boolean[points.size()];
        for (int i = 0; i < points.size(); i++) {
            inside[i] = country.covers(point(points.lat[i], points.lon[i]));
        }
        return inside;
    }

    // ---- The four operations measured ----

    /** The commune the product answers: the level-3 unit of {@code adminUnitsAt}, if it reached level 3. */
    private AdminUnit indexedCommune(double lat, double lon) {
        List<AdminUnit> chain = index.adminUnitsAt(lat, lon);
        AdminUnit deepest = chain.isEmpty() ? null : chain.getLast();
        return deepest != null && deepest.level() == 3 ? deepest : null;
    }

    /** The baseline: every commune in file order, plain unprepared {@code covers}, first hit wins. */
    private AdminUnit bruteForceCommune(double lat, double lon) {
        Point point = point(lat, lon);
        for (AdminUnit commune : communes) {
            if (commune.geometry().covers(point)) {
                return commune;
            }
        }
        return null;
    }

    private Place indexedNearestPlace(double lat, double lon) {
        return index.nearestPlace(lat, lon).map(NearestPlaceHit::place).orElse(null);
    }

    /** The baseline: the haversine distance the product uses, to every place; the first of equal minima wins. */
    private Place bruteForceNearestPlace(double lat, double lon) {
        Place nearest = null;
        double nearestMetres = Double.POSITIVE_INFINITY;
        for (Place place : places) {
            double metres = Distances.haversineMetres(lat, lon, place.lat(), place.lon());
            if (metres < nearestMetres) {
                nearest = place;
                nearestMetres = metres;
            }
        }
        return nearest;
    }

    // ---- Timing ----

    @FunctionalInterface
    private interface Lookup {
        Object locate(double lat, double lon);
    }

    private record Timing(double[] indexedSeconds, double[] bruteSeconds, int points) {

        double indexedPointsPerSecond() {
            return points / median(indexedSeconds);
        }

        double brutePointsPerSecond() {
            return points / median(bruteSeconds);
        }
    }

    /** The timings, and the answers of the last indexed and brute-force passes for the agreement check. */
    private record Measured(Timing timing, Object[] byIndex, Object[] byScan) {
    }

    /**
     * Warms both lookups up, then alternates measured passes (indexed, brute, indexed, brute, ...) so that a slow
     * phase of the noisy machine hurts both sides rather than one.
     */
    private static Measured measure(String what, Options options, Points measured, Points warmup, Lookup indexed,
            Lookup bruteForce) {
        System.out.printf(Locale.ROOT, "%n%s (%,d points)%n", what, measured.size());
        if (warmup.size() > 0) {
            System.out.printf(Locale.ROOT, "  warm-up on %,d other points each%n", warmup.size());
            pass(warmup, indexed, new Object[warmup.size()]);
            pass(warmup, bruteForce, new Object[warmup.size()]);
        }
        Object[] byIndex = new Object[measured.size()];
        Object[] byScan = new Object[measured.size()];
        double[] indexedSeconds = new double[options.passes()];
        double[] bruteSeconds = new double[options.passes()];
        for (int run = 0; run < options.passes(); run++) {
            indexedSeconds[run] = pass(measured, indexed, byIndex);
            bruteSeconds[run] = pass(measured, bruteForce, byScan);
            System.out.printf(Locale.ROOT, "  pass %d: indexed %8.3f s (%,10.0f points/s)   brute force %8.3f s (%,10.0f points/s)%n",
                    run + 1, indexedSeconds[run], measured.size() / indexedSeconds[run], bruteSeconds[run],
                    measured.size() / bruteSeconds[run]);
        }
        System.out.println("  1-minute load average after these passes: " + loadAverage()
                + " (this bench alone is about 1; more means other work shared the cores)");
        return new Measured(new Timing(indexedSeconds, bruteSeconds, measured.size()), byIndex, byScan);
    }

    /** One pass over all points; answers go to an array checked later, so the JIT cannot drop the work. */
    private static double pass(Points points, Lookup lookup, Object[] answers) {
        long start = System.nanoTime();
        for (int i = 0; i < points.size(); i++) {
            answers[i] = lookup.locate(points.lat[i], points.lon[i]);
        }
        return seconds(System.nanoTime() - start);
    }

    // ---- Agreement ----

    private record CommuneAgreement(int sameCommune, int noCommuneOutside, int noCommuneInside, int borderTolerance,
            int bothCover, int disagree, List<String> disagreementSamples) {
    }

    private static CommuneAgreement compareCommunes(Points points, boolean[] inCountry, Measured communes) {
        int same = 0;
        int noneOutside = 0;
        int noneInside = 0;
        int tolerance = 0;
        int bothCover = 0;
        int disagree = 0;
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            AdminUnit byIndex = (AdminUnit) communes.byIndex()[i];
            AdminUnit byScan = (AdminUnit) communes.byScan()[i];
            Point point = point(points.lat[i], points.lon[i]);
            if (byIndex == byScan && byIndex != null) {
                same++;
            } else if (byIndex == null && byScan == null) {
                if (inCountry[i]) {
                    noneInside++;
                } else {
                    noneOutside++;
                }
            } else if (byScan == null && byIndex.geometry().distance(point) > 0) {
                // The index puts points in slivers between communes (and just over the frontier) into the nearest
                // commune up to 0.001 degrees away; the plain scan has no such rule.
                tolerance++;
            } else if (byIndex != null && byScan != null && byIndex.geometry().covers(point)) {
                // On a shared border both communes cover the point and each side keeps the first it meets.
                bothCover++;
            } else {
                disagree++;
                if (samples.size() < 10) {
                    samples.add(String.format(Locale.ROOT, "(%.6f, %.6f) index %s, scan %s", points.lat[i],
                            points.lon[i], pcode(byIndex), pcode(byScan)));
                }
            }
        }
        return new CommuneAgreement(same, noneOutside, noneInside, tolerance, bothCover, disagree, samples);
    }

    private record PlaceAgreement(int samePlace, int tie, int fartherInside, double worstExtraInside,
            int fartherOutside, double worstExtraOutside, int scanFarther, List<String> disagreementSamples) {
    }

    private static PlaceAgreement comparePlaces(Points points, boolean[] inCountry, Measured places) {
        int same = 0;
        int tie = 0;
        int fartherInside = 0;
        int fartherOutside = 0;
        int scanFarther = 0;
        double worstInside = 0;
        double worstOutside = 0;
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Place byIndex = (Place) places.byIndex()[i];
            Place byScan = (Place) places.byScan()[i];
            if (byIndex == byScan) {
                same++;
                continue;
            }
            double indexMetres = metres(points, i, byIndex);
            double scanMetres = metres(points, i, byScan);
            double extra = indexMetres - scanMetres;
            if (Math.abs(extra) <= TIE_METRES) {
                tie++; // places at the same coordinates: each side keeps a different one of them
                continue;
            }
            if (extra < 0) {
                scanFarther++;
            } else if (inCountry[i]) {
                fartherInside++;
                worstInside = Math.max(worstInside, extra);
            } else {
                fartherOutside++;
                worstOutside = Math.max(worstOutside, extra);
            }
            if (samples.size() < 10) {
                samples.add(String.format(Locale.ROOT, "(%.6f, %.6f) %s: index %s at %.1f m, scan %s at %.1f m",
                        points.lat[i], points.lon[i], inCountry[i] ? "inside" : "outside", pcode(byIndex),
                        indexMetres, pcode(byScan), scanMetres));
            }
        }
        return new PlaceAgreement(same, tie, fartherInside, worstInside, fartherOutside, worstOutside, scanFarther,
                samples);
    }

    private static double metres(Points points, int i, Place place) {
        return place == null ? Double.POSITIVE_INFINITY
                : Distances.haversineMetres(points.lat[i], points.lon[i], place.lat(), place.lon());
    }

    // ---- Output ----

    private void printHeader(Options options, Envelope mali, double loadSeconds) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println("# Balise locate benchmark");
        System.out.println("date:      " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("jvm:       " + System.getProperty("java.vm.name") + " " + Runtime.version()
                + " (" + System.getProperty("java.vendor") + ")");
        System.out.println("machine:   " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", " + runtime.availableProcessors() + " processors, max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB");
        System.out.printf(Locale.ROOT, "gazetteer: %s: %d regions, %d cercles, %d communes, %,d places (validated and indexed in %.2f s)%n",
                options.gazetteer(), index.units(1).size(), index.units(2).size(), communes.size(), places.size(), loadSeconds);
        System.out.printf(Locale.ROOT, "points:    %,d uniform over lon [%.6f, %.6f] x lat [%.6f, %.6f] (envelope of the regions), seed %d%n",
                options.points(), mali.getMinX(), mali.getMaxX(), mali.getMinY(), mali.getMaxY(), options.seed());
        System.out.printf(Locale.ROOT, "passes:    warm-up on %,d other points (seed %d) per lookup, then %d measured passes, median reported%n",
                options.warmup(), options.seed() + 1, options.passes());
    }

    private static void printThroughput(Options options, Timing communes, Timing places, Timing communesInside,
            Timing communesOutside) {
        System.out.printf(Locale.ROOT, "## Throughput (median of %d passes)%n%n", options.passes());
        System.out.println("| lookup | points | indexed (points/s) | brute force (points/s) | indexed / brute |");
        System.out.println("|---|---:|---:|---:|---:|");
        throughputRow("commune: `adminUnitsAt` vs `covers` scan of the communes", communes);
        throughputRow("nearest place: `nearestPlace` vs haversine scan of the places", places);
        throughputRow("commune, only the points inside the country", communesInside);
        throughputRow("commune, only the points outside the country", communesOutside);
        System.out.println();
        System.out.println("Seconds per pass, indexed / brute force:");
        System.out.println("- commune:         " + secondsList(communes.indexedSeconds()) + " / " + secondsList(communes.bruteSeconds()));
        System.out.println("- nearest place:   " + secondsList(places.indexedSeconds()) + " / " + secondsList(places.bruteSeconds()));
        System.out.println("- commune inside:  " + secondsList(communesInside.indexedSeconds()) + " / " + secondsList(communesInside.bruteSeconds()));
        System.out.println("- commune outside: " + secondsList(communesOutside.indexedSeconds()) + " / " + secondsList(communesOutside.bruteSeconds()));
    }

    private static void printCommuneAgreement(CommuneAgreement commune) {
        System.out.println();
        System.out.println("## Commune agreement (last measured pass of each)");
        System.out.println();
        System.out.println("| outcome | points |");
        System.out.println("|---|---:|");
        countRow("same commune", commune.sameCommune());
        countRow("no commune from either, point outside the country", commune.noCommuneOutside());
        countRow("no commune from either, point inside the country", commune.noCommuneInside());
        countRow("border tolerance: index snaps to a commune <= 0.001 deg away, scan finds none", commune.borderTolerance());
        countRow("different communes that both cover the point (shared border)", commune.bothCover());
        countRow("**disagreement**", commune.disagree());
        commune.disagreementSamples().forEach(sample -> System.out.println("  - " + sample));
    }

    private static void printPlaceAgreement(PlaceAgreement place) {
        System.out.println();
        System.out.println("## Nearest place agreement (last measured pass of each)");
        System.out.println();
        System.out.println("| outcome | points |");
        System.out.println("|---|---:|");
        countRow("same place", place.samePlace());
        countRow("different place at the same distance (places sharing coordinates)", place.tie());
        countRow(String.format(Locale.ROOT, "**index farther than scan, point inside the country** (worst by %.1f m)",
                place.worstExtraInside()), place.fartherInside());
        countRow(String.format(Locale.ROOT, "**index farther than scan, point outside the country** (worst by %.1f m)",
                place.worstExtraOutside()), place.fartherOutside());
        countRow("scan farther than index (would be a bench bug)", place.scanFarther());
        place.disagreementSamples().forEach(sample -> System.out.println("  - " + sample));
    }

    private static void throughputRow(String lookup, Timing timing) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %.1f |%n", lookup, timing.points(),
                timing.indexedPointsPerSecond(), timing.brutePointsPerSecond(),
                timing.indexedPointsPerSecond() / timing.brutePointsPerSecond());
    }

    private static void countRow(String outcome, int points) {
        System.out.printf(Locale.ROOT, "| %s | %,d |%n", outcome, points);
    }

    private static String secondsList(double[] seconds) {
        return Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.3f", s))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    // ---- Set-up ----

    /** Loads the shipped files exactly as the product does at first start: GazetteerValidator, PlacesCsv, SpatialIndex. */
    private static SpatialIndex loadShippedGazetteer(Path folder) throws IOException {
        GazetteerImport request = new GazetteerImport(GAZETTEER_CODE, "Mali COD-AB 2015 (OCHA / DNCT)",
                "OCHA Common Operational Datasets, Mali, valid on 2015-04-08", Map.of(
                        1, level(folder, "mli_adm1_regions_ocha_cod2015.geojson", "admin1Pcod", "admin1Name", null),
                        2, level(folder, "mli_adm2_cercles_ocha_cod2015.geojson", "admin2Pcod", "admin2Name", "admin1Pcod"),
                        3, level(folder, "mli_adm3_communes_ocha_cod2015.geojson", "admin3Pcod", "admin3Name", "admin2Pcod")));
        GazetteerValidator.Result validated = new GazetteerValidator(JsonMapper.builder().build()).validate(request);
        if (!validated.isValid()) {
            throw new IllegalStateException("The shipped gazetteer does not validate: " + validated.problems());
        }
        List<Place> places;
        try (InputStream in = Files.newInputStream(folder.resolve("mli_populated_places_ocha_cod2015.csv"))) {
            places = PlacesCsv.read(in);
        }
        return SpatialIndex.build(GAZETTEER_CODE, validated.units(), places);
    }

    private static LevelFile level(Path folder, String file, String pcode, String name, String parent) throws IOException {
        return new LevelFile(file, Files.readAllBytes(folder.resolve(file)), pcode, name, parent);
    }

    private Envelope boundingBoxOfRegions() {
        Envelope envelope = new Envelope();
        index.units(1).forEach(region -> envelope.expandToInclude(region.geometry().getEnvelopeInternal()));
        return envelope;
    }

    /** Random points kept as two primitive arrays so generating them is not part of any measured pass. */
    private record Points(double[] lat, double[] lon) {

        static final Points NONE = new Points(new double[0], new double[0]);

        static Points uniform(Envelope box, int count, long seed) {
            Random random = new Random(seed);
            double[] lat = new double[count];
            double[] lon = new double[count];
            for (int i = 0; i < count; i++) {
                lon[i] = box.getMinX() + random.nextDouble() * box.getWidth();
                lat[i] = box.getMinY() + random.nextDouble() * box.getHeight();
            }
            return new Points(lat, lon);
        }

        int size() {
            return lat.length;
        }

        /** The points whose flag equals {@code wanted}, in their original order. */
        Points where(boolean[] flags, boolean wanted) {
            int count = 0;
            for (boolean flag : flags) {
                count += flag == wanted ? 1 : 0;
            }
            double[] keptLat = new double[count];
            double[] keptLon = new double[count];
            int kept = 0;
            for (int i = 0; i < size(); i++) {
                if (flags[i] == wanted) {
                    keptLat[kept] = lat[i];
                    keptLon[kept] = lon[i];
                    kept++;
                }
            }
            return new Points(keptLat, keptLon);
        }
    }

    private record Options(Path gazetteer, int points, int warmup, int passes, long seed) {

        static Options parse(String[] args) {
            Path gazetteer = Path.of("src/main/resources/gazetteer/cod-2015");
            int points = 100_000;
            int warmup = 10_000;
            int passes = 3;
            long seed = 20260528L;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                switch (pair[0]) {
                    case "--gazetteer" -> gazetteer = Path.of(pair[1]);
                    case "--points" -> points = Integer.parseInt(pair[1]);
                    case "--warmup" -> warmup = Integer.parseInt(pair[1]);
                    case "--passes" -> passes = Integer.parseInt(pair[1]);
                    case "--seed" -> seed = Long.parseLong(pair[1]);
                    default -> throw new IllegalArgumentException("Unknown option " + pair[0]
                            + " (known: --points, --warmup, --passes, --seed, --gazetteer)");
                }
            }
            if (points < 1 || warmup < 0 || passes < 1) {
                throw new IllegalArgumentException("--points and --passes must be at least 1, --warmup at least 0");
            }
            return new Options(gazetteer, points, warmup, passes, seed);
        }
    }

    private static Point point(double lat, double lon) {
        return GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private static String pcode(AdminUnit unit) {
        return unit == null ? "-" : unit.pcode();
    }

    private static String pcode(Place place) {
        return place == null ? "-" : place.pcode();
    }

    /** The operating system's 1-minute load average, printed so that a reader can tell a disturbed run. */
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
