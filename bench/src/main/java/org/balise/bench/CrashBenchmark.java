package org.balise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills Balise with SIGKILL at random moments while phones send submissions and a client posts risk education
 * sessions through the API, restarts it on the same data, and checks after every restart that every write
 * answered 2xx is there exactly once and whole, and that the server started cleanly. Run by bench/crash.sh.
 *
 * <p>Arguments: {@code --classpath=<runtime classpath> --work=<dir> --kills=20 [--postgres=<jdbc url>]}.
 */
public final class CrashBenchmark {

    private static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern INSTANCE = Pattern.compile("\"instanceId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ATTENDANCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\".*?\"attendance\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> options;
    private final Random random = new Random(20261128L);
    private final Set<String> submissions = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    private final List<Long> startMillis = new ArrayList<>();
    private int port;
    private String token;

    private CrashBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        System.exit(new CrashBenchmark(options).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        int kills = Integer.parseInt(options.getOrDefault("kills", "20"));
        Path work = Path.of(options.get("work"));
        Path data = Files.createTempDirectory("balise-crash-");
        String database = options.containsKey("postgres") ? "PostgreSQL" : "H2";
        System.out.printf("%s: %d kills, data in %s%n", database, kills, data);
        List<String> problems = new ArrayList<>();
        for (int cycle = 0; cycle <= kills; cycle++) {
            Path log = work.resolve("crash-" + database.toLowerCase() + "-" + cycle + ".log");
            long started = System.nanoTime();
            BaliseServer server = BaliseServer.start(settings(data), log);
            port = server.port();
            if (!server.awaitHealthy(Duration.ofSeconds(180))) {
                problems.add("start " + cycle + ": the server did not become healthy (see " + log + ")");
                server.kill();
                break;
            }
            startMillis.add((System.nanoTime() - started) / 1_000_000);
            if (cycle == 0) {
                token = createPhone();
            }
            problems.addAll(verify(cycle));
            if (Files.readString(log).lines().anyMatch(line -> line.contains(" ERROR "))) {
                problems.add("start " + cycle + ": errors in the server log " + log);
            }
            if (cycle == kills) {
                server.stop();
                break;
            }
            load(Duration.ofMillis(1_500 + random.nextInt(3_500)));
            server.kill();
            System.out.printf("kill %2d: %d submissions and %d sessions acknowledged so far%n", cycle + 1, submissions.size(), sessions.size());
        }
        long meanStart = startMillis.stream().mapToLong(Long::longValue).sum() / Math.max(1, startMillis.size());
        System.out.printf("%nResult on %s: %d kills, %d restarts healthy, %d submissions and %d API writes acknowledged, "
                + "%d problems; mean start %d ms%n", database, kills, startMillis.size(), submissions.size(), sessions.size(),
                problems.size(), meanStart);
        problems.forEach(problem -> System.out.println("PROBLEM " + problem));
        return problems.isEmpty() && startMillis.size() == kills + 1;
    }

    private BaliseServer.Settings settings(Path data) {
        return new BaliseServer.Settings(options.get("classpath"), data, options.get("postgres"), ADMIN_PASSWORD,
                List.of("-Xmx768m", "-XX:ActiveProcessorCount=2"), List.of("--logging.level.org.balise=warn"));
    }

    /** Every acknowledged write is there exactly once, and each session is whole (its attendance as sent). */
    private List<String> verify(int cycle) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> stored = new HashMap<>();
        for (int offset = 0; ; offset += 1000) {
            String page = get("/api/v1/submissions?limit=1000&offset=" + offset).body();
            Matcher ids = INSTANCE.matcher(page);
            int found = 0;
            while (ids.find()) {
                stored.merge(ids.group(1), 1, Integer::sum);
                found++;
            }
            if (found < 1000) {
                break;
            }
        }
        for (String id : submissions) {
            int copies = stored.getOrDefault(id, 0);
            if (copies != 1) {
                problems.add("restart " + cycle + ": submission " + id + " acknowledged, stored " + copies + " time(s)");
            }
        }
        Map<String, Integer> attendance = new HashMap<>();
        for (int offset = 0; ; offset += 1000) {
            String page = get("/api/v1/eore-sessions?limit=1000&offset=" + offset).body();
            int found = 0;
            for (String item : page.split("\\},\\{\"reference\"")) {
                Matcher session = ATTENDANCE.matcher(item.startsWith("{") ? item : "{\"reference\"" + item);
                if (session.find()) {
                    attendance.put(session.group(1), Integer.parseInt(session.group(2)));
                    found++;
                }
            }
            if (found < 1000) {
                break;
            }
        }
        sessions.forEach((reference, expected) -> {
            Integer actual = attendance.get(reference);
            if (actual == null || actual != expected) {
                problems.add("restart " + cycle + ": session " + reference + " acknowledged with attendance " + expected + ", stored "
                        + actual);
            }
        });
        return problems;
    }

    /** Six phones and two API clients write without pause for the given time. */
    private void load(Duration duration) throws InterruptedException {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            boolean phone = i < 6;
            writers.submit(() -> {
                Random own = new Random();
                while (writing.get()) {
                    try {
                        if (phone) {
                            String id = "uuid:" + UUID.randomUUID();
                            if (submit(id) == 201) {
                                submissions.add(id);
                            }
                        } else {
                            int girls = own.nextInt(30), boys = own.nextInt(30), women = own.nextInt(30), men = own.nextInt(30);
                            HttpResponse<String> created = postSession(girls, boys, women, men);
                            Matcher reference = REFERENCE.matcher(created.body());
                            if (created.statusCode() == 201 && reference.find()) {
                                sessions.put(reference.group(1), girls + boys + women + men);
                            }
                        }
                    } catch (IOException | InterruptedException connectionLost) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(duration.toMillis());
        writing.set(false);
        writers.shutdown();
        // Requests in flight at the kill fail with a lost connection; those are not acknowledged.
        writers.awaitTermination(1, TimeUnit.SECONDS);
    }

    private int submit(String instanceId) throws IOException, InterruptedException {
        String boundary = "crash" + UUID.randomUUID();
        String xml = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"community-report\" version=\"2026112802\">"
                + "<report_date>2026-11-20</report_date><region>ML05</region><place>ML050101001</place>"
                + "<location>14.4936 -4.1942 268.0 4.5</location><device_category>UXO</device_category>"
                + "<item_description>Obus</item_description><marked>no</marked><photo/><meta><instanceID>" + instanceId
                + "</instanceID></meta></data>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; filename=\"s.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/key/" + token + "/submission"))
                .timeout(Duration.ofSeconds(40)).header("X-OpenRosa-Version", "1.0")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> postSession(int girls, int boys, int women, int men) throws IOException, InterruptedException {
        String json = """
                {"date":"%s","location":{"lat":13.4317,"lon":-6.2157},"team":"Équipe EREE 1","method":"GROUP_SESSION",
                 "audience":"RESIDENTS","language":"Bambara","messages":["DO_NOT_TOUCH"],
                 "beneficiaries":{"girls":%d,"boys":%d,"women":%d,"men":%d,"disabled":0},"repeatSession":false}"""
                .formatted(LocalDate.now().minusDays(1), girls, boys, women, men);
        return client.send(authorised("/api/v1/eore-sessions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String createPhone() throws IOException, InterruptedException {
        HttpResponse<String> created = client.send(authorised("/api/v1/app-users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Crash phone\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (!found.find()) {
            throw new IllegalStateException("No phone token: " + created.statusCode() + " " + created.body());
        }
        return found.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
