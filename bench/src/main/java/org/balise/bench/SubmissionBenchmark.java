package org.balise.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenRosa submission load benchmark (see bench/README.md; run with {@code bash bench/collect.sh}, which builds the
 * product, starts Balise on a free port with an empty data directory and stops it afterwards).
 *
 * <p>Against the running server: creates an app user ({@code POST /api/v1/app-users}), reads the id and version of
 * the form {@code community-report} from its XForm, then posts unique submissions to {@code /key/<token>/submission}
 * (multipart, one {@code xml_submission_file} part) from a fixed number of client threads, closed loop, at each
 * concurrency level. Every latency is kept; an answer other than 201 with an OpenRosaResponse body is a failure.
 *
 * <p>The baseline, measured in the same run with the same client code and body, is a trivial endpoint of an
 * in-process {@link HttpServer} (virtual threads, as Balise's Tomcat) that reads the whole body and answers 201 with
 * a small XML: what the client, the loopback and HTTP parsing cost on this machine when the server does nothing.
 * Baseline and Balise phases alternate level by level so that a noisy phase of the shared machine hurts both. About
 * one baseline request in 100,000 fails with "HTTP/1.1 header parser received no bytes": a race between the JDK's
 * client and server on a kept-alive connection (also with a platform-thread executor, and whatever the server's
 * idle interval), not a Balise matter; it is counted and shown like any failure.
 *
 * <p>Afterwards every 201 is checked to be stored ({@code GET /api/v1/submissions}: total of the form, and a sample
 * of instance IDs looked up one by one), and, unless {@code --dumps=0}, an extra unmeasured phase at the highest
 * concurrency takes thread dumps of the server ({@code jcmd Thread.dump_to_file}, virtual threads included) and
 * prints where its threads were. CPU use of the server, of the bench JVM and of the whole machine is reported for
 * each phase; when Balise answers nothing for {@code --stall} seconds, its threads are dumped then and there.
 *
 * <p>Options: {@code --url=http://127.0.0.1:PORT --server-pid=PID (both required) --concurrency=1,8,32
 * --duration=10 --warmup=20 --warmup-max=240 --level-warmup=2 --samples=50 --dumps=5 --stall=5 --stall-dumps=2
 * --form=community-report --admin-password=bench-admin-password --start-timeout=300 --work=bench/work/collect
 * --server-log=FILE}.
 */
public final class SubmissionBenchmark {

    private static final String XML_PART = OpenRosaPhone.XML_PART;
    private static final String OPENROSA_VERSION = OpenRosaPhone.OPENROSA_VERSION;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The product's goal at the highest concurrency, on 2 cores with the embedded database. */
    private static final int GOAL_CLIENTS = 32;
    private static final double GOAL_PER_SECOND = 500;
    private static final double GOAL_P99_MS = 100;
    /** Below this, the server's JIT compiler threads are considered done (see {@link #warmUpBalise}). */
    private static final double JIT_SETTLED_CORES = 0.05;
    /** At most this many refused submissions are looked up one by one in the verification. */
    private static final int MAX_REFUSED_LOOKUPS = 500;
    /** The same answer as Balise's, give or take the message. */
    private static final byte[] BASELINE_ANSWER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenRosaResponse xmlns=\""
            + "http://openrosa.org/http/response\"><message nature=\"\">Submission received: thank you</message>"
            + "</OpenRosaResponse>").getBytes(UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Options options;
    private final URI base;
    private final String adminAuthorization;
    private final String boundary = "bench-" + UUID.randomUUID();
    /** Balise's answers and the baseline's go through separate clients (connection pools) but the same code. */
    private final HttpClient baliseClient = newClient();
    private final HttpClient baselineClient = newClient();
    /** Thread dumps taken so far because Balise stopped answering (see {@link #watch}). */
    private int stallDumps;
    /** Over every Balise phase of the run, warm-up and dump phases included: answers, failures, longest silence. */
    private long baliseAnswers;
    private long baliseFailures;
    private double baliseLongestSilence;

    private SubmissionBenchmark(Options options) {
        this.options = options;
        this.base = URI.create(options.url().endsWith("/") ? options.url() : options.url() + "/");
        this.adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + options.adminPassword()).getBytes(UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        boolean verified = new SubmissionBenchmark(options).run(String.join(" ", args));
        System.exit(verified ? 0 : 1);
    }

    private boolean run(String arguments) throws Exception {
        long start = System.nanoTime();
        printMachine(arguments);

        System.out.printf(Locale.ROOT, "%n== Set-up ==%n");
        double startupSeconds = waitUntilUp();
        System.out.printf(Locale.ROOT, "Balise answered UP on %s after %.1f s of waiting (pid %d)%n", base, startupSeconds,
                options.serverPid());
        OpenRosaPhone.AppUser phone = OpenRosaPhone.createAppUser(baliseClient, base, adminAuthorization, "Bench phone");
        System.out.println("app user:   " + phone.username() + " (id " + phone.id() + "), token URL /key/<token>/");
        String token = phone.token();
        OpenRosaPhone.FormInfo form = OpenRosaPhone.readForm(baliseClient, base, token, options.form());
        System.out.printf(Locale.ROOT, "form:       %s, version %s, root <%s>%n", form.id(), form.version(), form.root());
        // Normally 0 (bench/collect.sh starts Balise on an empty data directory); counted so that a reused server works too.
        Optional<Long> storedBefore = submissionTotal("formId=" + encode(options.form()) + "&limit=1");
        System.out.println("stored:     " + storedBefore.map(n -> n + " submissions of " + options.form() + " before the run")
                .orElse("unknown: the verification at the end will fail"));
        String template = OpenRosaPhone.instanceTemplate(form);
        byte[] sample = multipartBody(OpenRosaPhone.instance(template, "uuid:00000000-0000-4000-8000-000000000000"));
        System.out.printf(Locale.ROOT, "request:    multipart/form-data, one %s part, %d bytes per request%n", XML_PART, sample.length);

        Target balise = new Target("Balise", base.resolve("key/" + token + "/submission"), baliseClient, true);
        HttpServer baselineServer = startBaseline();
        Target baseline = new Target("baseline", URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + baselineServer.getAddress().getPort() + "/key/bench/submission"), baselineClient, false);
        System.out.println("baseline:   " + baseline.uri() + " (in-process com.sun.net.httpserver, virtual threads, reads the body,"
                + " answers 201)");
        int highest = options.concurrency().stream().mapToInt(Integer::intValue).max().orElseThrow();

        List<Level> levels = new ArrayList<>();
        try {
            if (options.warmup() > 0) {
                System.out.printf(Locale.ROOT, "%n== Warm-up at %d clients: baseline %d s; Balise at least %d s and until its JIT is done"
                        + " (at most %d s) ==%n", highest, options.warmup(), options.warmup(), options.warmupMax());
                printPhase(load(baseline, template, highest, options.warmup()));
                warmUpBalise(balise, template, highest);
            }

            System.out.printf(Locale.ROOT, "%n== Measured: %d s per level after %d s of warm-up at that level ==%n",
                    options.duration(), options.levelWarmup());
            for (int clients : options.concurrency()) {
                System.out.printf(Locale.ROOT, "%n%d client%s%n", clients, clients == 1 ? "" : "s");
                levelWarmUp(baseline, template, clients);
                Phase baselinePhase = load(baseline, template, clients, options.duration());
                printPhase(baselinePhase);
                levelWarmUp(balise, template, clients);
                Phase balisePhase = load(balise, template, clients, options.duration());
                printPhase(balisePhase);
                levels.add(new Level(clients, balisePhase, baselinePhase));
            }
        } finally {
            baselineServer.stop(0);
        }

        if (options.dumps() > 0) {
            threadDumps(balise, template, highest);
        }

        boolean verified = storedBefore.isPresent() && verify(balise, storedBefore.get());
        printTable(levels);
        System.out.printf(Locale.ROOT, "%nWhole run: %.0f s; load average at the end: %s%n", seconds(System.nanoTime() - start), loadAverage());
        return verified;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Set-up: health, app user, form
    // ---------------------------------------------------------------------------------------------------------

    private double waitUntilUp() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.startTimeout());
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!ProcessHandle.of(options.serverPid()).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("The Balise process " + options.serverPid() + " ended while starting"
                        + serverLogHint());
            }
            try {
                HttpResponse<String> health = baliseClient.send(HttpRequest.newBuilder(base.resolve("actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return seconds(System.nanoTime() - start);
                }
                last = "HTTP " + health.statusCode() + " " + health.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Balise did not answer UP on /actuator/health within " + options.startTimeout()
                + " s (last: " + last + ")" + serverLogHint());
    }

    private byte[] multipartBody(String xml) {
        return OpenRosaPhone.multipartBody(boundary, xml);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Baseline server
    // ---------------------------------------------------------------------------------------------------------

    private static HttpServer startBaseline() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/key/bench/submission", SubmissionBenchmark::acceptAndDiscard);
        server.start();
        return server;
    }

    private static void acceptAndDiscard(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean ok = "POST".equals(exchange.getRequestMethod()) && body.length > 0
                    && exchange.getRequestHeaders().getFirst(OPENROSA_VERSION) != null;
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
            exchange.getResponseHeaders().set(OPENROSA_VERSION, "1.0");
            exchange.sendResponseHeaders(ok ? 201 : 400, BASELINE_ANSWER.length);
            exchange.getResponseBody().write(BASELINE_ANSWER);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Load
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Where submissions go; {@code accepted} keeps the instanceID of every 201, warm-up included, {@code refused} that
     * of every other answer (or none).
     */
    private record Target(String name, URI uri, HttpClient client, boolean balise, ConcurrentLinkedQueue<String> accepted,
            ConcurrentLinkedQueue<String> refused) {

        Target(String name, URI uri, HttpClient client, boolean balise) {
            this(name, uri, client, balise, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        }
    }

    /** One phase: {@code clients} threads posting back to back for {@code seconds}. Latencies in nanoseconds, sorted. */
    private record Phase(Target target, int clients, double seconds, long ok, long failed, long[] latencies,
            Map<String, Long> outcomes, Cpu cpu, double longestSilence) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMs(double percentile) {
            return Percentiles.ms(latencies, percentile);
        }
    }

    private record Level(int clients, Phase balise, Phase baseline) {
    }

    /**
     * Balise is warm when its JIT compilers have (nearly) stopped: Spring, Tomcat and H2 are a lot of code, and C2
     * still uses a third of a core after a minute of load on 2 cores, when throughput is still far below its steady
     * level. Loads in 5-second steps for at least {@code --warmup} seconds, until the compiler threads used less
     * than {@value #JIT_SETTLED_CORES} cores over a step, or {@code --warmup-max} seconds have passed. Without /proc
     * (not Linux) the JIT cannot be watched and the warm-up is {@code --warmup} seconds.
     */
    private void warmUpBalise(Target balise, String template, int clients) throws InterruptedException {
        long start = System.nanoTime();
        long submissions = 0;
        while (true) {
            Phase step = load(balise, template, clients, 5);
            submissions += step.ok();
            double elapsed = seconds(System.nanoTime() - start);
            boolean settled = step.cpu().jitCores() < JIT_SETTLED_CORES;
            if (step.failed() > 0 || step.longestSilence() >= 1) {
                printPhase(step);
            }
            if (elapsed >= options.warmup() && (settled || Double.isNaN(step.cpu().jitCores()) || elapsed >= options.warmupMax())) {
                System.out.printf(Locale.ROOT, "  Balise warm-up: %.0f s, %,d submissions; last 5 s: %,.0f/s, p99 %.1f ms, JIT %s cores%s%n",
                        elapsed, submissions, step.perSecond(), step.percentileMs(99), cores(step.cpu().jitCores()),
                        settled ? "" : Double.isNaN(step.cpu().jitCores()) ? " (JIT not watched: no /proc)"
                                : " (NOT settled: --warmup-max reached; the figures below are not steady-state)");
                return;
            }
        }
    }

    /** The short warm-up before each measured phase; shown only when something failed in it. */
    private void levelWarmUp(Target target, String template, int clients) throws InterruptedException {
        if (options.levelWarmup() > 0) {
            Phase warmUp = load(target, template, clients, options.levelWarmup());
            if (warmUp.failed() > 0) {
                System.out.print("  (warm-up)");
                printPhase(warmUp);
            }
        }
    }

    private Phase load(Target target, String template, int clients, int seconds) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[][] latencies = new long[clients][];
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        LongAccumulator longestSilence = new LongAccumulator(Math::max, 0);
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("load-" + target.name() + "-" + c).start(() -> {
                LongList mine = new LongList();
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                while (System.nanoTime() - deadline[0] < 0) {
                    String instanceId = OpenRosaPhone.newInstanceId();
                    byte[] body = multipartBody(OpenRosaPhone.instance(template, instanceId));
                    String outcome = post(target, body, instanceId, mine);
                    long answered = System.nanoTime();
                    longestSilence.accumulate(answered - lastAnswer.getAndSet(answered));
                    if (outcome == null) {
                        ok.increment();
                    } else {
                        failed.increment();
                        outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
                    }
                }
                latencies[client] = mine.toArray();
            }));
        }
        ready.await();
        Cpu.Snapshot before = Cpu.snapshot(options.serverPid());
        long start = System.nanoTime();
        lastAnswer.set(start);
        deadline[0] = start + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        watch(target, threads, lastAnswer);
        long elapsed = System.nanoTime() - start;
        Cpu cpu = Cpu.between(before, Cpu.snapshot(options.serverPid()), elapsed);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Long> counted = new LinkedHashMap<>();
        outcomes.forEach((key, value) -> counted.put(key, value.sum()));
        if (target.balise()) {
            baliseAnswers += ok.sum() + failed.sum();
            baliseFailures += failed.sum();
            baliseLongestSilence = Math.max(baliseLongestSilence, seconds(longestSilence.get()));
        }
        return new Phase(target, clients, seconds(elapsed), ok.sum(), failed.sum(), all, counted, cpu, seconds(longestSilence.get()));
    }

    /**
     * Waits for the client threads while watching for a stall: when no request has been answered for
     * {@code --stall} seconds, the server's threads are dumped (at most {@code --stall-dumps} times in the run) to
     * show what it waits for.
     */
    private void watch(Target target, List<Thread> threads, AtomicLong lastAnswer) throws InterruptedException {
        boolean dumpedThisStall = false;
        for (Thread thread : threads) {
            while (!thread.join(Duration.ofMillis(250))) {
                long silence = System.nanoTime() - lastAnswer.get();
                if (silence < TimeUnit.SECONDS.toNanos(options.stall())) {
                    dumpedThisStall = false;
                } else if (target.balise() && !dumpedThisStall && stallDumps < options.stallDumps()) {
                    dumpedThisStall = true;
                    stallDumps++;
                    Path file = options.work().toAbsolutePath().resolve("stall-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .format(ZonedDateTime.now()) + ".txt");
                    String problem = dumpThreads(file);
                    System.out.printf(Locale.ROOT, "  STALL: no answer from Balise for %.1f s; %s%n", seconds(silence),
                            problem == null ? "thread dump in " + file : problem);
                    if (problem == null) {
                        printPositions(List.of(file));
                    }
                }
            }
        }
    }

    /** Posts one submission and records its latency; null when it was accepted, else what went wrong. */
    private String post(Target target, byte[] body, String instanceId, LongList latencies) {
        HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(REQUEST_TIMEOUT).header(OPENROSA_VERSION, "1.0")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> answer = target.client().send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - sent);
            if (answer.statusCode() == 201 && answer.body().contains("<OpenRosaResponse")) {
                target.accepted().add(instanceId);
                return null;
            }
            target.refused().add(instanceId);
            String text = answer.body().replaceAll("\\s+", " ");
            return "HTTP " + answer.statusCode() + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        } catch (IOException e) {
            latencies.add(System.nanoTime() - sent);
            target.refused().add(instanceId);
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Thread dumps of the server under load
    // ---------------------------------------------------------------------------------------------------------

    /**
     * An extra, unmeasured phase at the highest concurrency, during which the server's threads are dumped once a
     * second; a dump stops the server for a moment, which is why no measured phase has one. Prints the commonest
     * stack positions over all dumps.
     */
    private void threadDumps(Target balise, String template, int clients) throws Exception {
        System.out.printf(Locale.ROOT, "%n== Thread dumps of Balise: %d, one a second, during an unmeasured phase at %d clients ==%n",
                options.dumps(), clients);
        Path folder = options.work().toAbsolutePath().resolve("dumps-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(ZonedDateTime.now()));
        Files.createDirectories(folder);
        List<Path> dumps = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Thread dumper = Thread.ofPlatform().name("dumper").start(() -> {
            try {
                Thread.sleep(1500);
                for (int i = 1; i <= options.dumps() && problems.isEmpty(); i++) {
                    Path file = folder.resolve("threads-" + i + ".txt");
                    String problem = dumpThreads(file);
                    if (problem == null) {
                        dumps.add(file);
                    } else {
                        problems.add(problem);
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Phase phase = load(balise, template, clients, options.dumps() + 3);
        dumper.join();
        printPhase(phase);
        problems.forEach(problem -> System.out.println("  " + problem));
        if (!dumps.isEmpty()) {
            System.out.printf(Locale.ROOT, "%d dumps in %s%n", dumps.size(), folder);
            printPositions(dumps);
        }
    }

    /**
     * {@code jcmd <pid> Thread.dump_to_file -format=text}: unlike {@code Thread.print} it includes virtual threads,
     * which serve Balise's requests. Returns null when the dump was written, else what went wrong.
     */
    private String dumpThreads(Path file) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path said = file.resolveSibling(file.getFileName() + ".jcmd.log");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(options.serverPid()), "Thread.dump_to_file",
                    "-format=text", file.toString()).redirectErrorStream(true).redirectOutput(said.toFile()).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "jcmd Thread.dump_to_file did not finish within 30 s";
            }
            if (process.exitValue() != 0 || !Files.exists(file)) {
                return "jcmd Thread.dump_to_file failed: " + Files.readString(said).strip();
            }
            Files.delete(said);
            return null;
        } catch (IOException e) {
            return "jcmd Thread.dump_to_file failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The commonest positions of the threads over some dumps, and the group-commit writer's stack in the last. */
    private static void printPositions(List<Path> dumps) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> writer = List.of();
        int threads = 0;
        for (Path dump : dumps) {
            List<String> lines;
            try {
                lines = Files.readAllLines(dump);
            } catch (IOException e) {
                System.out.println("  cannot read " + dump + ": " + e);
                continue;
            }
            for (List<String> stack : stacks(lines)) {
                threads++;
                positions.merge(position(stack), 1, Integer::sum);
                if (stack.getFirst().contains("\"submission-writer\"")) {
                    writer = stack;
                }
            }
        }
        int count = dumps.size();
        System.out.printf(Locale.ROOT, "  %.0f threads per dump; commonest positions (threads per dump):%n", (double) threads / count);
        positions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %6.1f  %s%n", (double) entry.getValue() / count, entry.getKey()));
        if (!writer.isEmpty()) {
            System.out.println("  the group-commit writer (last dump):");
            writer.stream().limit(16).forEach(line -> System.out.println("      " + line));
        }
    }

    /**
     * The threads of a text dump: each a header line ({@code #id "name" ...}) followed by its frames and any
     * {@code - waiting to lock <monitor>} line.
     */
    private static List<List<String>> stacks(List<String> lines) {
        List<List<String>> stacks = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.matches("#\\d+ \".*")) {
                current = new ArrayList<>();
                current.add(trimmed);
                stacks.add(current);
            } else if (current != null && (trimmed.startsWith("- waiting to lock") || !trimmed.startsWith("- ") && trimmed.endsWith(")"))) {
                current.add(trimmed);
            }
        }
        return stacks;
    }

    /** The JDK's parking and waiting machinery, skipped to find where a thread waits from. */
    private static final List<String> MACHINERY = List.of("VirtualThread.", "Unsafe.", "LockSupport.", "Continuation.", "Object.wait",
            "System$1.", "CompletableFuture$Signaller.", "ForkJoinPool.managedBlock", "ForkJoinPool.unmanagedBlock");

    /**
     * Where a thread is: its first Balise frame, the first frame above the JDK's parking machinery, and the monitor
     * it waits for if any, e.g. {@code SafeXml.parse [waiting to lock DocumentBuilderFactoryImpl]} or
     * {@code SubmissionIntake.store <- ... CompletableFuture.timedGet}; threads without a Balise frame by kind and top frame.
     */
    private static String position(List<String> stack) {
        List<String> frames = stack.subList(1, stack.size()).stream().filter(line -> !line.startsWith("- ")).toList();
        String top = frames.stream().map(SubmissionBenchmark::shortFrame)
                .filter(frame -> MACHINERY.stream().noneMatch(frame::startsWith))
                .findFirst().orElse(frames.isEmpty() ? "(no frames)" : shortFrame(frames.getFirst()));
        String lock = stack.stream().filter(line -> line.startsWith("- waiting to lock <")).findFirst()
                .map(line -> line.substring(line.indexOf('<') + 1).replaceAll("@.*", ""))
                .map(type -> " [waiting to lock " + type.substring(type.lastIndexOf('.') + 1) + "]").orElse("");
        Optional<String> balise = frames.stream().filter(frame -> frame.contains("org.balise.")).findFirst()
                .map(SubmissionBenchmark::shortFrame);
        String kind = stack.getFirst().contains("virtual") ? "virtual" : "platform";
        return balise.map(frame -> frame.equals(top) ? frame : frame + " <- ... " + top)
                .orElse("(" + kind + ", no Balise frame) " + top) + lock;
    }

    /** {@code java.base/java.util.concurrent.CompletableFuture.get(CompletableFuture.java:1)} -> {@code CompletableFuture.get}. */
    private static String shortFrame(String frame) {
        String name = frame.contains("(") ? frame.substring(0, frame.indexOf('(')) : frame;
        name = name.substring(name.indexOf('/') + 1);
        int method = name.lastIndexOf('.');
        int type = method > 0 ? name.lastIndexOf('.', method - 1) : -1;
        return type >= 0 ? name.substring(type + 1) : name;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verification
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Every 201 must be stored: the form's total grows by the number of 201s, and sampled instance IDs are found once.
     * A submission answered with an error may have been stored all the same (its commit came after the server gave up
     * waiting): a phone sends it again and gets a 201 for the stored copy. Up to {@value #MAX_REFUSED_LOOKUPS} such
     * instance IDs are looked up one by one so that the count stays exact.
     */
    private boolean verify(Target balise, long storedBefore) throws IOException, InterruptedException {
        List<String> accepted = new ArrayList<>(balise.accepted());
        System.out.printf(Locale.ROOT, "%n== Verification ==%n");
        boolean ok = true;
        long distinct = accepted.stream().distinct().count();
        if (distinct != accepted.size()) {
            System.out.printf(Locale.ROOT, "FAILED: %d instance IDs were accepted more than once%n", accepted.size() - distinct);
            ok = false;
        }
        Optional<Long> total = submissionTotal("formId=" + encode(options.form()) + "&limit=1");
        if (total.isEmpty()) {
            return false;
        }
        long stored = total.get() - storedBefore;
        List<String> refused = new ArrayList<>(balise.refused());
        long storedAnyway = 0;
        if (refused.size() <= MAX_REFUSED_LOOKUPS) {
            for (String instanceId : refused) {
                Optional<Long> found = submissionTotal("instanceId=" + encode(instanceId));
                if (found.isEmpty()) {
                    return false;
                }
                storedAnyway += found.get();
            }
        }
        boolean exact = refused.size() <= MAX_REFUSED_LOOKUPS;
        long expected = accepted.size() + storedAnyway;
        if (exact ? stored == expected : stored >= accepted.size() && stored <= accepted.size() + refused.size()) {
            System.out.printf(Locale.ROOT, "ok: %,d submissions of %s stored during the run = %,d answered 201 (warm-up and dump phases"
                    + " included)%s%n", stored, options.form(), accepted.size(), storedAnyway == 0 ? ""
                            : String.format(Locale.ROOT, " + %,d answered with an error but stored all the same", storedAnyway));
        } else {
            System.out.printf(Locale.ROOT, "FAILED: %,d submissions of %s stored during the run (%,d before, %,d after), but %,d answered"
                    + " 201 and %,d were refused%s%n", stored, options.form(), storedBefore, total.get(), accepted.size(), refused.size(),
                    exact ? String.format(Locale.ROOT, " (%,d of these stored all the same)", storedAnyway) : "");
            ok = false;
        }
        Random random = new Random(20261128L);
        int samples = Math.min(options.samples(), accepted.size());
        int found = 0;
        for (int i = 0; i < samples; i++) {
            String instanceId = accepted.get(random.nextInt(accepted.size()));
            Optional<Long> once = submissionTotal("instanceId=" + encode(instanceId));
            if (once.isEmpty()) {
                return false;
            }
            if (once.get() == 1) {
                found++;
            } else {
                System.out.printf(Locale.ROOT, "FAILED: instanceId %s: total %d, not 1%n", instanceId, once.get());
                ok = false;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d sampled instance IDs found exactly once (GET /api/v1/submissions?instanceId=)%n",
                found == samples ? "ok" : "FAILED", found, samples);
        return ok;
    }

    private Optional<Long> submissionTotal(String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = baliseClient.send(HttpRequest.newBuilder(base.resolve("api/v1/submissions?" + query))
                .timeout(REQUEST_TIMEOUT).header("Authorization", adminAuthorization).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            System.out.printf(Locale.ROOT, "FAILED: GET /api/v1/submissions?%s answered %d: %s%n", query, answer.statusCode(), answer.body());
            return Optional.empty();
        }
        JsonNode total = JSON.readTree(answer.body()).path("total");
        if (!total.isNumber()) {
            System.out.printf(Locale.ROOT, "FAILED: GET /api/v1/submissions?%s has no total: %s%n", query, answer.body());
            return Optional.empty();
        }
        return Optional.of(total.asLong());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output
    // ---------------------------------------------------------------------------------------------------------

    private void printMachine(String arguments) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println("# Balise OpenRosa submission benchmark");
        System.out.println("date:       " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("cpu:        " + cpuModel() + ", " + runtime.availableProcessors() + " processors for the bench JVM");
        System.out.println("java:       " + System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        System.out.println("bench jvm:  " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.println("load avg:   " + loadAverage() + " (1 minute, before the run)");
        System.out.println("arguments:  " + arguments);
        System.out.printf(Locale.ROOT, "plan:       concurrency %s; %d s warm-up per target, then per level %d s warm-up + %d s measured,"
                + " baseline then Balise%n", options.concurrency(), options.warmup(), options.levelWarmup(), options.duration());
    }

    private static void printPhase(Phase phase) {
        System.out.printf(Locale.ROOT, "  %-8s %3d clients %5.1f s: %,8d ok %,5d failed %,9.1f/s  p50 %7.2f ms  p99 %8.2f ms  max %8.2f ms"
                        + "%s  cpu cores: server %s%s, bench %s, machine %s%n",
                phase.target().name(), phase.clients(), phase.seconds(), phase.ok(), phase.failed(), phase.perSecond(),
                phase.percentileMs(50), phase.percentileMs(99), phase.percentileMs(100),
                phase.longestSilence() >= 1 ? String.format(Locale.ROOT, "  (no answer at all for %.1f s)", phase.longestSilence()) : "",
                phase.target().balise() ? cores(phase.cpu().serverCores()) : "-",
                phase.target().balise() && !Double.isNaN(phase.cpu().jitCores()) ? " (JIT " + cores(phase.cpu().jitCores()) + ")" : "",
                cores(phase.cpu().benchCores()),
                cores(phase.cpu().machineCores()));
        phase.outcomes().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(entry -> System.out.printf(Locale.ROOT, "           %,d x %s%n", entry.getValue(), entry.getKey()));
    }

    private void printTable(List<Level> levels) {
        System.out.printf(Locale.ROOT, "%n== Results (paste into bench/RESULTS.md) ==%n%n");
        System.out.println("| clients | Balise (submissions/s) | Balise p50 (ms) | Balise p99 (ms) | baseline (requests/s) | baseline p50 (ms)"
                + " | baseline p99 (ms) | Balise / baseline | Balise failures | CPU cores: Balise / bench JVM / machine |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Level level : levels) {
            Phase b = level.balise();
            Phase base = level.baseline();
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.3f | %,d | %s / %s / %s |%n", level.clients(),
                    b.perSecond(), b.percentileMs(50), b.percentileMs(99), base.perSecond(), base.percentileMs(50),
                    base.percentileMs(99), b.perSecond() / base.perSecond(), b.failed(), cores(b.cpu().serverCores()),
                    cores(b.cpu().benchCores()), cores(b.cpu().machineCores()));
        }
        levels.stream().filter(level -> level.clients() == GOAL_CLIENTS).findFirst().ifPresent(level -> {
            Phase b = level.balise();
            boolean met = b.perSecond() >= GOAL_PER_SECOND && b.percentileMs(99) < GOAL_P99_MS && b.failed() == 0;
            System.out.printf(Locale.ROOT, "%nGoal at %d clients (>= %.0f submissions/s, p99 < %.0f ms, no failure): %s"
                            + " (%,.0f submissions/s, p99 %.1f ms, %d failures)%n", GOAL_CLIENTS, GOAL_PER_SECOND, GOAL_P99_MS,
                    met ? "met" : "NOT met", b.perSecond(), b.percentileMs(99), b.failed());
        });
        System.out.printf(Locale.ROOT, "%nWhole run, warm-up and dump phases included: %,d Balise requests, %,d failed; longest time"
                + " without any answer from Balise: %.1f s%s.%n", baliseAnswers, baliseFailures, baliseLongestSilence,
                stallDumps == 0 ? "" : " (" + stallDumps + " stall thread dump" + (stallDumps == 1 ? "" : "s") + " above)");
        System.out.printf(Locale.ROOT, "%nEach level: %d s measured after %d s of warm-up, closed loop (each client sends its next"
                + " submission when the previous one is answered); p50/p99 over every request of the measured phase.%n",
                options.duration(), options.levelWarmup());
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "?" : String.format(Locale.ROOT, "%.2f", cores);
    }

    private String serverLogHint() {
        if (options.serverLog() == null || !Files.exists(options.serverLog())) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(options.serverLog());
            return "\nLast lines of " + options.serverLog() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | RuntimeException e) {
            return " (see " + options.serverLog() + ")";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private record Options(String url, long serverPid, List<Integer> concurrency, int duration, int warmup, int levelWarmup,
            int warmupMax, int samples, int dumps, int stall, int stallDumps, String form, String adminPassword, int startTimeout,
            Path work, Path serverLog) {

        static Options parse(String[] args) {
            String url = null;
            long serverPid = -1;
            List<Integer> concurrency = List.of(1, 8, 32);
            int duration = 10;
            int warmup = 20;
            int warmupMax = 240;
            int levelWarmup = 2;
            int samples = 50;
            int dumps = 5;
            int stall = 5;
            int stallDumps = 2;
            String form = "community-report";
            String adminPassword = "bench-admin-password";
            int startTimeout = 300;
            Path work = Path.of("bench/work/collect");
            Path serverLog = null;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                switch (pair[0]) {
                    case "--url" -> url = pair[1];
                    case "--server-pid" -> serverPid = Long.parseLong(pair[1]);
                    case "--concurrency" -> concurrency = Arrays.stream(pair[1].split(",")).map(String::strip)
                            .map(Integer::valueOf).collect(Collectors.toUnmodifiableList());
                    case "--duration" -> duration = Integer.parseInt(pair[1]);
                    case "--warmup" -> warmup = Integer.parseInt(pair[1]);
                    case "--warmup-max" -> warmupMax = Integer.parseInt(pair[1]);
                    case "--level-warmup" -> levelWarmup = Integer.parseInt(pair[1]);
                    case "--samples" -> samples = Integer.parseInt(pair[1]);
                    case "--dumps" -> dumps = Integer.parseInt(pair[1]);
                    case "--stall" -> stall = Integer.parseInt(pair[1]);
                    case "--stall-dumps" -> stallDumps = Integer.parseInt(pair[1]);
                    case "--form" -> form = pair[1];
                    case "--admin-password" -> adminPassword = pair[1];
                    case "--start-timeout" -> startTimeout = Integer.parseInt(pair[1]);
                    case "--work" -> work = Path.of(pair[1]);
                    case "--server-log" -> serverLog = Path.of(pair[1]);
                    default -> throw new IllegalArgumentException("Unknown option " + pair[0] + " (known: --url, --server-pid,"
                            + " --concurrency, --duration, --warmup, --warmup-max, --level-warmup, --samples, --dumps, --stall, --stall-dumps,"
                            + " --form, --admin-password, --start-timeout, --work, --server-log)");
                }
            }
            if (url == null || serverPid < 0) {
                throw new IllegalArgumentException("--url and --server-pid are required (bench/collect.sh passes them)");
            }
            if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1) || duration < 1 || warmup < 0 || levelWarmup < 0
                    || warmupMax < warmup || samples < 0 || dumps < 0 || stall < 1 || stallDumps < 0) {
                throw new IllegalArgumentException("--concurrency levels, --duration and --stall must be at least 1, --warmup-max at"
                        + " least --warmup, the others at least 0");
            }
            return new Options(url, serverPid, concurrency, duration, warmup, levelWarmup, warmupMax, samples, dumps, stall,
                    stallDumps, form, adminPassword, startTimeout, work, serverLog);
        }
    }
}
