package org.balise.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.balise.BaliseApplication;

/**
 * Mixed load on national-scale data (see bench/README.md; run with {@code bash bench/load.sh}, once on the embedded H2
 * database and once on a fresh PostgreSQL database when one answers).
 *
 * <p>Loads {@link NationalData} (100,000 hazardous areas, 5,000 accidents, 20,000 reference-layer features) into a new
 * database through {@link NationalDatabase}, starts Balise on it in a process of its own, creates one user (of a
 * rotating role) and one app user per client, and signs each client in. Then the clients send the {@link LoadMix}: a
 * warm-up at the full number of clients, the baseline (one client, no pause), the measured phase (all clients, each
 * pausing a random think time between its requests, as people at a screen or phones in the field do) and the
 * saturation phase (all clients, no pause: the most the server answers), each for a fixed time. Every latency is kept
 * per kind of request; any answer other than the expected one (or none) is a failure, and the first ones are printed.
 *
 * <p>Options: {@code --classpath=<the server's runtime classpath> (required) --work=bench/work/load
 * --postgres=<JDBC URL of an empty database> --clients=32 --think=1000 (mean pause in ms, exponentially distributed)
 * --warmup=15 --duration=60 --seed=20261207}.
 */
public final class LoadBenchmark {

    private static final String ADMIN_PASSWORD = "load-admin-password";
    private static final List<String> ROLES = List.of("IM_OFFICER", "AMD_OFFICER", "ANALYST", "FIELD_TEAM");
    private static final double GOAL_P99_MS = 200;
    private static final int FAILURES_SHOWN = 10;
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);

    private final Options options;
    private final String database;

    private LoadBenchmark(Options options) {
        this.options = options;
        this.database = options.postgres() == null ? "H2" : "PostgreSQL";
    }

    public static void main(String[] args) throws Exception {
        boolean failures = new LoadBenchmark(Options.parse(args)).run();
        System.exit(failures ? 1 : 0);
    }

    /** True when a request failed. */
    private boolean run() throws Exception {
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "%n# Balise mixed load on %s%ndate:      %s%nload avg:  %s (1 minute, before the run)%n", database,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage());
        NationalData data = NationalData.generate(100_000, 20_000, 5_000);
        Path dataDir = Files.createTempDirectory("balise-load-");
        try {
            long loading = System.nanoTime();
            loadDatabase(dataDir, data);
            System.out.printf(Locale.ROOT, "data:      %,d hazardous areas, %,d accidents, %,d reference-layer features loaded in %.0f s%n",
                    data.areas.size(), data.accidents.size(), data.layers.size(), seconds(System.nanoTime() - loading));
            Path log = options.work().resolve("balise-" + database.toLowerCase(Locale.ROOT) + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now()) + ".log");
            BaliseServer server = BaliseServer.start(new BaliseServer.Settings(options.classpath(), dataDir, options.postgres(),
                    ADMIN_PASSWORD, List.of("-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=2", "-Xlog:gc"), List.of()), log);
            try {
                return load(server, data, log);
            } finally {
                server.stop();
                System.out.printf(Locale.ROOT, "%nWhole run on %s: %.0f s; load average at the end: %s; server log %s%n", database,
                        seconds(System.nanoTime() - start), loadAverage(), log);
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    /** The product's Flyway migrations, then the data: in the H2 file the server will open, or in the PostgreSQL database. */
    private void loadDatabase(Path dataDir, NationalData data) throws Exception {
        String url = options.postgres() != null ? options.postgres() : h2Url(dataDir);
        String user = options.postgres() != null ? "postgres" : "sa";
        NationalDatabase.migrate(url, user, "");
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            NationalDatabase.load(connection, data);
        }
    }

    /** The server's own H2 URL (application.properties) for this data folder, so that it finds the database as loaded. */
    private static String h2Url(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BaliseApplication.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${balise.data-dir}", dataDir.toString());
    }

    private boolean load(BaliseServer server, NationalData data, Path log) throws Exception {
        long starting = System.nanoTime();
        if (!server.awaitHealthy(START_PATIENCE)) {
            throw new IllegalStateException("Balise did not become healthy; see " + log);
        }
        System.out.printf(Locale.ROOT, "server:    healthy after %.0f s on %s (pid %d)%n", seconds(System.nanoTime() - starting),
                server.base(), server.pid());
        LoadMix mix = new LoadMix(data.places);
        List<LoadClient> clients = createClients(server.base(), mix.regions());

        if (options.warmup() > 0) {
            print("warm-up", phase(server, mix, clients, options.warmup(), 0));
        }
        Phase one = phase(server, mix, clients.subList(0, 1), options.duration(), 0);
        print("baseline", one);
        Phase all = phase(server, mix, clients, options.duration(), options.think());
        print("measured", all);
        Phase saturated = phase(server, mix, clients, options.duration(), 0);
        print("saturated", saturated);
        printTable("measured: " + all.clients() + " clients pausing " + options.think() + " ms on average", one, all);
        printTable("saturated: " + saturated.clients() + " clients without pause", one, saturated);
        boolean met = Percentiles.ms(all.all(), 99) < GOAL_P99_MS && all.failures() + one.failures() == 0;
        System.out.printf(Locale.ROOT, "%nGoal at %d clients pausing %d ms on average (p99 < %.0f ms, no request failed): %s"
                        + " (p99 %.1f ms, %d failed); without pause: p99 %.1f ms, %d failed%n", all.clients(), options.think(),
                GOAL_P99_MS, met ? "met" : "NOT met", Percentiles.ms(all.all(), 99), all.failures() + one.failures(),
                Percentiles.ms(saturated.all(), 99), saturated.failures());
        measureWriteCost(server.base(), data);
        return one.failures() + all.failures() + saturated.failures() > 0;
    }

    /**
     * What a write costs the next reader: lists and map views come from an in-memory index of every area, brought up to
     * date by the first read after the areas' revision moves. The same list is timed alone, and right after each of a
     * few new areas.
     */
    private static void measureWriteCost(URI base, NationalData data) throws Exception {
        HttpClient admin = HttpClient.newHttpClient();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(UTF_8));
        HttpRequest list = HttpRequest.newBuilder(base.resolve("api/v1/hazard-areas?limit=50")).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).build();
        int writes = 7;
        long[] alone = new long[writes];
        long[] afterWrite = new long[writes];
        for (int i = 0; i < writes; i++) {
            alone[i] = timed(admin, list);
            var place = data.places.get(i * 97 % data.places.size());
            String feature = """
                    {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[%1$.5f,%2$.5f],[%3$.5f,%2$.5f],[%3$.5f,%4$.5f],
                     [%1$.5f,%4$.5f],[%1$.5f,%2$.5f]]]},"properties":{"name":"Zone après la charge","type":"SHA",
                     "deviceCategories":["UXO"],"blockedLandUse":["AGRICULTURE"],"informationDate":"2026-10-01"}}"""
                    .formatted(place.lon(), place.lat(), place.lon() + 0.001, place.lat() + 0.001);
            HttpResponse<String> created = admin.send(HttpRequest.newBuilder(base.resolve("api/v1/hazard-areas"))
                    .header("Authorization", authorization).header("Content-Type", "application/geo+json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(feature)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/hazard-areas answered " + created.statusCode() + ": " + created.body());
            }
            afterWrite[i] = timed(admin, list);
        }
        Arrays.sort(alone);
        Arrays.sort(afterWrite);
        System.out.printf(Locale.ROOT, "%nA write's cost to the next reader (GET /api/v1/hazard-areas?limit=50, %d times): median %.1f ms"
                + " right after a new area (the index brought up to date), %.1f ms otherwise%n", writes,
                afterWrite[writes / 2] / 1e6, alone[writes / 2] / 1e6);
    }

    private static long timed(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode());
        }
        return System.nanoTime() - start;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Clients
    // ---------------------------------------------------------------------------------------------------------

    /**
     * One user per client, the roles in turn (IM officer, AMD officer, analyst, field team of one region), each with an
     * app user for its phone; created by the admin through the API, then signed in, in parallel (every password costs
     * the server an adaptive hash).
     */
    private List<LoadClient> createClients(URI base, List<String> regions) throws Exception {
        HttpClient admin = HttpClient.newHttpClient();
        String adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(UTF_8));
        String firstToken = OpenRosaPhone.createAppUser(admin, base, adminAuthorization, "Load phone 0").token();
        String template = OpenRosaPhone.instanceTemplate(OpenRosaPhone.readForm(admin, base, firstToken, "community-report"));
        try (ExecutorService setUp = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<LoadClient>> created = new ArrayList<>();
            for (int i = 0; i < options.clients(); i++) {
                String role = ROLES.get(i % ROLES.size());
                LoadClient.Person person = new LoadClient.Person(String.format(Locale.ROOT, "load.%02d", i + 1),
                        String.format(Locale.ROOT, "load-password-%02d-%s", i + 1, role.toLowerCase(Locale.ROOT)), role,
                        role.equals("FIELD_TEAM") ? regions.get(i / ROLES.size() % regions.size()) : null);
                int number = i + 1;
                created.add(setUp.submit(() -> {
                    createUser(admin, base, adminAuthorization, person);
                    String token = OpenRosaPhone.createAppUser(admin, base, adminAuthorization, "Load phone " + number).token();
                    LoadClient client = new LoadClient(base, person, token, template);
                    client.signIn();
                    return client;
                }));
            }
            List<LoadClient> clients = new ArrayList<>();
            for (Future<LoadClient> client : created) {
                clients.add(client.get());
            }
            System.out.printf(Locale.ROOT, "clients:   %d users (%s in turn; field teams limited to one region), each with an app user,"
                    + " signed in%n", clients.size(), String.join(", ", ROLES));
            return clients;
        }
    }

    private static void createUser(HttpClient admin, URI base, String adminAuthorization, LoadClient.Person person)
            throws IOException, InterruptedException {
        String json = """
                {"username":"%s","displayName":"Load %s","password":"%s","roles":["%s"],"regions":[%s]}"""
                .formatted(person.username(), person.username(), person.password(), person.role(),
                        person.region() == null ? "" : "\"" + person.region() + "\"");
        HttpResponse<String> created = admin.send(HttpRequest.newBuilder(base.resolve("api/v1/users")).timeout(Duration.ofSeconds(60))
                .header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/users answered " + created.statusCode() + ": " + created.body());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Phases
    // ---------------------------------------------------------------------------------------------------------

    /** Latencies in nanoseconds, sorted, per kind; bytes answered and failures per kind, the first failures described. */
    private record Phase(int clients, double seconds, Map<LoadMix.Kind, long[]> latencies, Map<LoadMix.Kind, Long> bytes,
            Map<LoadMix.Kind, Integer> failed, List<String> firstFailures, Cpu cpu) {

        long[] all() {
            return latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }

        long failures() {
            return failed.values().stream().mapToLong(Integer::longValue).sum();
        }

        double perSecond() {
            return all().length / seconds;
        }
    }

    /**
     * Each client in a thread of its own for {@code seconds}, sending its next request when the last is answered and a
     * pause drawn from an exponential distribution of mean {@code thinkMillis} has passed (none when 0).
     */
    private Phase phase(BaliseServer server, LoadMix mix, List<LoadClient> clients, int seconds, int thinkMillis)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Map<LoadMix.Kind, LongList>> latencies = new ArrayList<>();
        List<Map<LoadMix.Kind, Long>> bytes = new ArrayList<>();
        List<Map<LoadMix.Kind, Integer>> failed = new ArrayList<>();
        ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            LoadClient client = clients.get(c);
            Random random = new Random(options.seed() + c);
            Map<LoadMix.Kind, LongList> mine = new EnumMap<>(LoadMix.Kind.class);
            Map<LoadMix.Kind, Long> myBytes = new EnumMap<>(LoadMix.Kind.class);
            Map<LoadMix.Kind, Integer> myFailures = new EnumMap<>(LoadMix.Kind.class);
            latencies.add(mine);
            bytes.add(myBytes);
            failed.add(myFailures);
            threads.add(Thread.ofPlatform().name("load-" + client.person.username()).start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() - deadline[0] < 0) {
                    if (thinkMillis > 0 && !pause(random, thinkMillis, deadline[0])) {
                        break;
                    }
                    LoadMix.Request request = mix.next(random, client.person.mayReview());
                    LoadClient.Outcome outcome = client.send(request);
                    mine.computeIfAbsent(request.kind(), kind -> new LongList()).add(outcome.nanos());
                    myBytes.merge(request.kind(), outcome.bytes(), Long::sum);
                    if (outcome.failure() != null) {
                        myFailures.merge(request.kind(), 1, Integer::sum);
                        if (firstFailures.size() < FAILURES_SHOWN) {
                            firstFailures.add(client.person.username() + " " + request.path().replaceFirst("^key/[^/]+", "key/***")
                                    + ": " + outcome.failure());
                        }
                    }
                }
            }));
        }
        ready.await();
        Cpu.Snapshot before = Cpu.snapshot(server.pid());
        long start = System.nanoTime();
        deadline[0] = start + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        Cpu cpu = Cpu.between(before, Cpu.snapshot(server.pid()), elapsed);
        Map<LoadMix.Kind, long[]> byKind = new EnumMap<>(LoadMix.Kind.class);
        Map<LoadMix.Kind, Long> bytesByKind = new EnumMap<>(LoadMix.Kind.class);
        Map<LoadMix.Kind, Integer> failures = new EnumMap<>(LoadMix.Kind.class);
        for (LoadMix.Kind kind : LoadMix.Kind.values()) {
            long[] sorted = latencies.stream().map(mine -> mine.get(kind)).filter(list -> list != null)
                    .flatMapToLong(list -> Arrays.stream(list.toArray())).sorted().toArray();
            byKind.put(kind, sorted);
            bytesByKind.put(kind, bytes.stream().mapToLong(mine -> mine.getOrDefault(kind, 0L)).sum());
            failures.put(kind, failed.stream().mapToInt(mine -> mine.getOrDefault(kind, 0)).sum());
        }
        return new Phase(clients.size(), seconds(elapsed), byKind, bytesByKind, failures, List.copyOf(firstFailures), cpu);
    }

    /** Sleeps an exponentially distributed time of the given mean; false when the phase ends first (or on interrupt). */
    private static boolean pause(Random random, int meanMillis, long deadline) {
        long nanos = (long) (-Math.log(1 - random.nextDouble()) * TimeUnit.MILLISECONDS.toNanos(meanMillis));
        if (System.nanoTime() + nanos - deadline >= 0) {
            return false;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output
    // ---------------------------------------------------------------------------------------------------------

    private static void print(String name, Phase phase) {
        long[] all = phase.all();
        System.out.printf(Locale.ROOT, "%-9s %2d client%s %4.0f s: %,7d requests %,6.1f/s, %d failed; p50 %6.1f  p95 %6.1f  p99 %6.1f"
                        + "  max %7.1f ms; cpu cores: server %s (JIT %s), bench %s, machine %s%n", name, phase.clients(),
                phase.clients() == 1 ? " " : "s", phase.seconds(), all.length, phase.perSecond(), phase.failures(),
                Percentiles.ms(all, 50), Percentiles.ms(all, 95), Percentiles.ms(all, 99), Percentiles.ms(all, 100),
                cores(phase.cpu().serverCores()), cores(phase.cpu().jitCores()), cores(phase.cpu().benchCores()),
                cores(phase.cpu().machineCores()));
        phase.firstFailures().forEach(failure -> System.out.println("          FAILED " + failure));
    }

    private void printTable(String title, Phase one, Phase all) {
        System.out.printf(Locale.ROOT, "%n== %s, %s: results (paste into bench/RESULTS.md) ==%n%n", database, title);
        System.out.printf(Locale.ROOT, "| request (share) | answer (KB) | %d clients: requests | failed | p50 (ms) | p95 (ms) | p99 (ms) |"
                + " max (ms) | 1 client: requests | p99 (ms) | p99 ratio %d / 1 |%n", all.clients(), all.clients());
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (LoadMix.Kind kind : LoadMix.Kind.values()) {
            long[] many = all.latencies().get(kind);
            row("`" + kind.label + "` (" + kind.share + " %)", all.bytes().get(kind) / 1024.0 / Math.max(1, many.length), many,
                    all.failed().get(kind), one.latencies().get(kind), one.failed().get(kind));
        }
        long[] every = all.all();
        double meanKilobytes = all.bytes().values().stream().mapToLong(Long::longValue).sum() / 1024.0 / Math.max(1, every.length);
        row("**all**", meanKilobytes, every, (int) all.failures(), one.all(), (int) one.failures());
        System.out.printf(Locale.ROOT, "%nThroughput: %,.1f requests/s with %d clients, %,.1f with 1 (ratio %.2f); server CPU %s and %s"
                        + " cores, bench JVM %s and %s, whole machine %s and %s.%n", all.perSecond(), all.clients(), one.perSecond(),
                all.perSecond() / one.perSecond(), cores(all.cpu().serverCores()), cores(one.cpu().serverCores()),
                cores(all.cpu().benchCores()), cores(one.cpu().benchCores()), cores(all.cpu().machineCores()),
                cores(one.cpu().machineCores()));
    }

    private static void row(String label, double kilobytes, long[] many, int manyFailed, long[] one, int oneFailed) {
        System.out.printf(Locale.ROOT, "| %s | %,.1f | %,d | %d | %.1f | %.1f | %.1f | %.1f | %,d%s | %.1f | %.1f |%n", label, kilobytes,
                many.length, manyFailed, Percentiles.ms(many, 50), Percentiles.ms(many, 95), Percentiles.ms(many, 99),
                Percentiles.ms(many, 100), one.length, oneFailed == 0 ? "" : " (" + oneFailed + " failed)", Percentiles.ms(one, 99),
                Percentiles.ms(many, 99) / Percentiles.ms(one, 99));
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "?" : String.format(Locale.ROOT, "%.2f", cores);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Options(String classpath, Path work, String postgres, int clients, int think, int warmup, int duration, long seed) {

        static Options parse(String[] args) {
            String classpath = null;
            Path work = Path.of("bench/work/load");
            String postgres = null;
            int clients = 32;
            int think = 1000;
            int warmup = 15;
            int duration = 60;
            long seed = 20_261_207L;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                switch (pair[0]) {
                    case "--classpath" -> classpath = pair[1];
                    case "--work" -> work = Path.of(pair[1]);
                    case "--postgres" -> postgres = pair[1];
                    case "--clients" -> clients = Integer.parseInt(pair[1]);
                    case "--think" -> think = Integer.parseInt(pair[1]);
                    case "--warmup" -> warmup = Integer.parseInt(pair[1]);
                    case "--duration" -> duration = Integer.parseInt(pair[1]);
                    case "--seed" -> seed = Long.parseLong(pair[1]);
                    default -> throw new IllegalArgumentException("Unknown option " + pair[0]
                            + " (known: --classpath, --work, --postgres, --clients, --think, --warmup, --duration, --seed)");
                }
            }
            if (classpath == null || clients < 1 || think < 0 || warmup < 0 || duration < 1) {
                throw new IllegalArgumentException("--classpath is required (bench/load.sh passes it); --clients and --duration must be"
                        + " at least 1, --think and --warmup at least 0");
            }
            return new Options(classpath, work, postgres, clients, think, warmup, duration, seed);
        }
    }
}
