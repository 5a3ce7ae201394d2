package org.balise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.balise.geography.TestGazetteer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Two Balise processes' worth of application, started at the same moment on one fresh PostgreSQL database and one
 * shared data folder, as behind a load balancer without sticky sessions: reference and demo data are loaded once,
 * writes through both are all kept once, a session opened on one is honoured by the other, and a change of
 * gazetteer or password made on one holds on the other.
 */
@PostgresTest
class TwoInstancesPostgresTests {

    private static final String ADMIN_PASSWORD = "two-instances-admin";
    private static String database;
    private static String url;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        String base = System.getenv("BALISE_TEST_POSTGRES_URL");
        database = "balise_two_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(base, user(), ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        Path data = Files.createTempDirectory("balise-two-");
        try (ExecutorService starts = Executors.newFixedThreadPool(2)) {
            Future<ConfigurableApplicationContext> one = starts.submit(() -> start(data));
            Future<ConfigurableApplicationContext> two = starts.submit(() -> start(data));
            first = one.get();
            second = two.get();
        }
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, user(), "", true));
    }

    private static ConfigurableApplicationContext start(Path data) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("balise.data-dir", data.toString());
        properties.put("balise.demo", "true");
        properties.put("balise.identity.admin-password", ADMIN_PASSWORD);
        properties.put("balise.identity.bcrypt-strength", "4");
        properties.put("logging.level.org.balise", "warn");
        properties.put("spring.main.banner-mode", "off");
        // As arguments: they must win over application.properties, as environment variables would in production.
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BaliseApplication.class).run(arguments);
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (jdbc != null) {
            ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
        }
        try (Connection connection = DriverManager.getConnection(System.getenv("BALISE_TEST_POSTGRES_URL"), user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void startedTogetherTheyLoadedTheReferenceAndDemoDataOnce() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM geo_gazetteer", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idn_user WHERE username = 'analyst'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM arm_facility", Long.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cfp_report", Long.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT reference) FROM hzd_area", Long.class)).isZero();
    }

    @Test
    void writesThroughBothAreAllKeptEachOnce() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM hzd_report", Long.class);
        List<Future<String>> created = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                TestHttp client = api(i % 2 == 0 ? first : second, "im.officer");
                double lat = 14.40 + i * 0.001;
                created.add(clients.submit(() -> {
                    TestHttp.Response answer = client.postJson("/api/v1/hazard-reports", """
                            {"source":"COMMUNITY","date":"2026-10-01","location":{"lat":%s,"lon":-4.08},"deviceCategories":["UXO"],
                             "description":"Signalé par les deux instances"}""".formatted(lat));
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    return answer.json().path("reference").asString();
                }));
            }
            Set<String> references = new HashSet<>();
            for (Future<String> reference : created) {
                references.add(reference.get());
            }
            assertThat(references).hasSize(40);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hzd_report", Long.class)).isEqualTo(before + 40);
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT reference) FROM hzd_report", Long.class)).isZero();
    }

    @Test
    void aSessionOpenedOnOneIsHonouredByTheOther() {
        TestHttp browser = new TestHttp(port(first)).signIn("im.officer", "im.officer-demo-2026");
        TestHttp sameBrowserOnTheOther = browser.onPort(port(second));

        TestHttp.Response page = sameBrowserOnTheOther.get("/education/sessions/new");
        assertThat(page.status()).isEqualTo(200);
        // The CSRF token of a page served by the second is accepted by the first: the form is judged on its content.
        TestHttp.Response refused = browser.postForm("/education/sessions", Map.of("_csrf", TestHttp.csrfFrom(page), "date", "2026-06-01"));
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void aGazetteerActivatedOnOneIsUsedByTheOtherWithinSeconds() throws Exception {
        TestHttp.Response loaded = api(first, "admin").postMultipart("/api/v1/geo/gazetteers", Map.of("code", "two-halves",
                "label", "Deux moitiés", "activate", "true", "adm1", new TestHttp.FilePart("adm1.geojson", TestGazetteer.level1()),
                "adm2", new TestHttp.FilePart("adm2.geojson", TestGazetteer.level2Valid())));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            String seen;
            do {
                Thread.sleep(250);
                seen = api(second, "analyst").get("/api/v1/geo/locate?lat=14.49&lon=-4.19").json().path("gazetteer").asString();
            } while (!seen.equals("two-halves") && Instant.now().isBefore(deadline));
            assertThat(seen).isEqualTo("two-halves");
        } finally {
            assertThat(api(first, "admin").request("POST", "/api/v1/geo/gazetteers/cod-2015/activate", null).status()).isEqualTo(204);
        }
    }

    @Test
    void listsMapViewsAndFiguresKeptByOneFollowWritesThroughTheOther() {
        TestHttp reader = api(second, "analyst");
        long areas = reader.get("/api/v1/hazard-areas?type=CHA&limit=1").json().path("total").asLong();
        long accidents = reader.get("/api/v1/accidents?limit=1").json().path("total").asLong();
        long killedIn2026 = killedIn(reader.get("/api/v1/accidents/figures?by=year").json(), "2026");
        String view = "/api/v1/hazard-areas?bbox=-4.2005,14.5995,-4.1985,14.6015";
        // Read twice: the second answer comes from what the instance keeps.
        assertThat(reader.get("/api/v1/hazard-areas?type=CHA&limit=1").json().path("total").asLong()).isEqualTo(areas);
        assertThat(reader.get(view).json().path("total").asLong()).isZero();
        assertThat(reader.get(view).json().path("total").asLong()).isZero();
        assertThat(killedIn(reader.get("/api/v1/accidents/figures?by=year").json(), "2026")).isEqualTo(killedIn2026);

        TestHttp.Response area = api(first, "im.officer").postJson("/api/v1/hazard-areas", """
                {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-4.20,14.60],[-4.199,14.60],[-4.199,14.601],
                 [-4.20,14.601],[-4.20,14.60]]]},"properties":{"name":"Champ vu par les deux instances","type":"CHA",
                 "deviceCategories":["UXO"],"blockedLandUse":["AGRICULTURE"],"informationDate":"2026-10-01"}}""");
        assertThat(area.status()).as(area.body()).isEqualTo(201);
        TestHttp.Response accident = api(first, "im.officer").postJson("/api/v1/accidents", """
                {"date":"2026-10-02","location":{"lat":14.49,"lon":-4.19},"deviceCategory":"UXO",
                 "victims":[{"sex":"MALE","age":40,"group":"CIVILIAN","outcome":"KILLED","activity":"FARMING"}]}""");
        assertThat(accident.status()).as(accident.body()).isEqualTo(201);

        assertThat(reader.get("/api/v1/hazard-areas?type=CHA&limit=1").json().path("total").asLong()).isEqualTo(areas + 1);
        assertThat(reader.get(view).json().path("features").valueStream().map(feature -> feature.path("id").asString()))
                .containsExactly(area.json().path("id").asString());
        assertThat(reader.get("/api/v1/accidents?limit=1").json().path("total").asLong()).isEqualTo(accidents + 1);
        assertThat(killedIn(reader.get("/api/v1/accidents/figures?by=year").json(), "2026")).isEqualTo(killedIn2026 + 1);
    }

    private static long killedIn(JsonNode figures, String group) {
        return figures.path("items").valueStream().filter(figure -> figure.path("group").asString().equals(group))
                .mapToLong(figure -> figure.path("killed").asLong()).sum();
    }

    @Test
    void aPasswordChangedOnOneIsTheOnlyOneTheOtherAccepts() {
        long id = api(first, "admin").postJson("/api/v1/users", """
                {"username":"two.analyst","password":"the-first-password","roles":["ANALYST"]}""").json().path("id").asLong();
        TestHttp oldOnSecond = new TestHttp(port(second)).as("two.analyst", "the-first-password");
        assertThat(oldOnSecond.get("/api/v1/hazard-areas?limit=1").status()).isEqualTo(200);

        assertThat(api(first, "admin").postJson("/api/v1/users/" + id + "/password", "{\"password\":\"the-second-password\"}")
                .status()).isBetween(200, 204);

        assertThat(oldOnSecond.get("/api/v1/hazard-areas?limit=1").status()).isEqualTo(401);
        assertThat(new TestHttp(port(second)).as("two.analyst", "the-second-password").get("/api/v1/hazard-areas?limit=1")
                .status()).isEqualTo(200);
    }

    private static TestHttp api(ConfigurableApplicationContext instance, String user) {
        return new TestHttp(port(instance)).as(user, user.equals("admin") ? ADMIN_PASSWORD : user + "-demo-2026");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static String user() {
        String user = System.getenv("BALISE_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }
}
