package org.balise.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.balise.hazard.internal.AreaIndex;
import org.balise.hazard.internal.HazardRepository;
import org.balise.hazard.internal.HazardRepository.AreaFilter;
import org.balise.shared.ordnance.DeviceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class HazardIntegrationTests extends IntegrationTest {

    /** Each test draws its squares in its own spot near Mopti, so that tests sharing the database do not overlap. */
    private static final AtomicInteger SPOT = new AtomicInteger();

    @Autowired
    private HazardRepository repository;

    private TestHttp im() {
        return http().as("im.officer", passwordOf("im.officer"));
    }

    private static String square(double west, double south, double size) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                west, south, west + size, south, west + size, south + size, west, south + size, west, south);
    }

    private static double[] spot() {
        int n = SPOT.incrementAndGet();
        return new double[] {-4.30 + (n % 20) * 0.01, 14.40 + (n / 20) * 0.01};
    }

    private long total(String filter) {
        return im().get("/api/v1/hazard-areas?limit=1&" + filter).json().path("total").asLong();
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    private static String area(String geometry, String type, String date) {
        return feature(geometry, """
                {"name":"Champ au nord du village","type":"%s","deviceCategories":["AP_MINE","UXO"],
                 "blockedLandUse":["AGRICULTURE"],"beneficiaries":{"women":40,"men":35,"girls":20,"boys":22},
                 "reportingOrganisation":"ONG démineurs","informationDate":"%s"}""".formatted(type, date));
    }

    @Test
    void createsAnAreaWithItsSurfaceAndAdminUnits() {
        double[] at = spot();
        var response = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "SHA", "2026-03-01"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode properties = response.json().path("properties");
        assertThat(properties.path("reference").asString()).matches("HA-\\d{6}");
        assertThat(properties.path("status").asString()).isEqualTo("OPEN");
        assertThat(properties.path("adm1").path("pcode").asString()).isEqualTo("ML05");
        assertThat(properties.path("gazetteer").asString()).isEqualTo("cod-2015");
        // 0.001° × 0.001° at 14.4° N: 110.6 m × 107.9 m.
        assertThat(properties.path("areaSquareMetres").asLong()).isBetween(11_800L, 12_100L);
        assertThat(response.header("Location")).endsWith(properties.path("reference").asString());
        String reference = properties.path("reference").asString();
        assertThat(im().get("/api/v1/hazard-areas/" + reference).json().path("properties").path("name").asString())
                .isEqualTo("Champ au nord du village");
    }

    @Test
    void acceptsGeoJsonMediaTypeAndConfirmsAnAreaWithDirectEvidence() {
        double[] at = spot();
        String body = feature(square(at[0], at[1], 0.001), """
                {"name":"Piste","type":"SHA","deviceCategories":["AV_MINE"],
                 "evidence":[{"kind":"DIRECT","description":"Mine AV visible","location":{"lat":%f,"lon":%f}}]}"""
                .formatted(at[1] + 0.0005, at[0] + 0.0005));

        var response = im().header("Content-Type", "application/geo+json").postJson("/api/v1/hazard-areas", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("properties").path("type").asString()).isEqualTo("CHA");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"FeatureCollection\",\"features\":[]}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.4],[-4.19,14.41],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"x\",\"type\":\"ZZZ\",\"deviceCategories\":[\"AP_MINE\"]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.4],[-4.19,14.41],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":[\"BANANA\"]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.4],[-4.19,14.41],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":[]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.4],[-4.19,14.41],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"],\"beneficiaries\":{\"women\":-3}}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.4],[-4.19,14.41],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"],\"informationDate\":\"2099-01-01\"}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.2,14.4],[-4.19,14.41],[-4.19,14.4],[-4.2,14.41],[-4.2,14.4]]]},\"properties\":{\"name\":\"bow tie\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]},\"properties\":{\"name\":\"Paris\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14.4,-4.2]},\"properties\":{\"name\":\"swapped\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"]}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":\"nope\"},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"]}}",
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"'; DROP TABLE hzd_area; --\",\"type\":\"SHA\",\"deviceCategories\":[\"UXO\"]}}",
            "[1,2,3]",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-4.2,14.4]},\"properties\":{\"name\":\"x\",\"type\":\"SHA\",\"deviceCategories\":\"UXO\"}}"})
    void refusesBadInputAndStoresNothing(String body) {
        long before = im().get("/api/v1/hazard-areas?limit=1").json().path("total").asLong();

        var response = im().postJson("/api/v1/hazard-areas", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(im().get("/api/v1/hazard-areas?limit=1").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonAndAnUnsupportedMediaType() {
        assertThat(im().postJson("/api/v1/hazard-areas", "{\"type\":").status()).isEqualTo(400);
        assertThat(im().header("Content-Type", "text/plain").postJson("/api/v1/hazard-areas", "{}").status()).isEqualTo(415);
    }

    @Test
    void acceptsABorderCrossingAreaWithAWarning() {
        // Centred on Mali's southernmost boundary vertex (10.141371° N, 7.049002° W, in Sikasso region).
        var response = im().postJson("/api/v1/hazard-areas", area(square(-7.054, 10.136, 0.01), "SHA", "2026-01-10"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("properties").path("warnings").valueStream().map(w -> w.path("code").asString()))
                .contains("crosses-border");
    }

    @Test
    void onlyImOfficersAndAdminsWrite() {
        double[] at = spot();
        String body = area(square(at[0], at[1], 0.001), "SHA", "2026-03-01");
        for (String username : new String[] {"analyst", "field.mopti", "amd.officer", "authority"}) {
            assertThat(http().as(username, passwordOf(username)).postJson("/api/v1/hazard-areas", body).status()).as(username).isEqualTo(403);
        }
        assertThat(http().as("admin", ADMIN_PASSWORD).postJson("/api/v1/hazard-areas", body).status()).isEqualTo(201);
    }

    @Test
    void anOlderUpdateIsKeptInHistoryButDoesNotChangeTheSummary() {
        double[] at = spot();
        String reference = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();

        var older = im().putJson("/api/v1/hazard-areas/" + reference, feature(square(at[0], at[1], 0.002), """
                {"name":"Ancien nom","type":"SHA","deviceCategories":["UXO"],"informationDate":"2025-12-01"}"""));
        var newer = im().putJson("/api/v1/hazard-areas/" + reference, feature(square(at[0], at[1], 0.001), """
                {"name":"Nom à jour","type":"SHA","deviceCategories":["AP_MINE"],"informationDate":"2026-04-01"}"""));

        assertThat(older.json().path("properties").path("summaryChanged").asBoolean()).isFalse();
        assertThat(older.json().path("properties").path("name").asString()).isEqualTo("Champ au nord du village");
        assertThat(newer.json().path("properties").path("summaryChanged").asBoolean()).isTrue();
        assertThat(newer.json().path("properties").path("name").asString()).isEqualTo("Nom à jour");
        JsonNode history = im().get("/api/v1/hazard-areas/" + reference + "/history").json();
        assertThat(history.path("total").asInt()).isEqualTo(3);
        assertThat(history.path("items").valueStream().map(v -> v.path("applied").asBoolean())).containsExactly(true, false, true);
        assertThat(history.path("items").get(1).path("feature").asString()).contains("Ancien nom");
        assertThat(history.path("items").get(1).path("changedBy").asString()).isEqualTo("im.officer");
    }

    @Test
    void releasingEveryPartClosesTheArea() {
        double[] at = spot();
        long closedBefore = total("status=CLOSED");
        long openBefore = total("status=OPEN");
        String reference = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.002), "CHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();
        String westHalf = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                at[0], at[1], at[0] + 0.001, at[1], at[0] + 0.001, at[1] + 0.002, at[0], at[1] + 0.002, at[0], at[1]);

        var reduced = im().postJson("/api/v1/hazard-areas/" + reference + "/releases",
                "{\"kind\":\"REDUCED\",\"date\":\"2026-05-01\",\"geometry\":" + westHalf + "}");

        assertThat(reduced.status()).as(reduced.body()).isEqualTo(201);
        JsonNode half = reduced.json().path("properties");
        assertThat(half.path("status").asString()).isEqualTo("WORKED_ON");
        assertThat((double) half.path("releasedSquareMetres").asLong()).isCloseTo(half.path("areaSquareMetres").asLong() / 2.0,
                org.assertj.core.api.Assertions.within(50.0));

        var cleared = im().postJson("/api/v1/hazard-areas/" + reference + "/releases",
                "{\"kind\":\"CLEARED\",\"date\":\"2026-06-01\",\"geometry\":" + square(at[0], at[1], 0.002) + "}");

        assertThat(cleared.json().path("properties").path("status").asString()).isEqualTo("CLOSED");
        assertThat(cleared.json().path("properties").path("remainingSquareMetres").asLong()).isZero();
        // Counts of list filters are kept between writes: a release moves them.
        assertThat(total("status=CLOSED")).isEqualTo(closedBefore + 1);
        assertThat(total("status=OPEN")).isEqualTo(openBefore);
        assertThat(im().postJson("/api/v1/hazard-areas/" + reference + "/releases",
                "{\"kind\":\"CLEARED\",\"date\":\"2026-06-02\",\"geometry\":" + westHalf + "}").status()).isEqualTo(400);
    }

    @Test
    void refusesAReleaseOutsideTheAreaOrOfAnUnknownKind() {
        double[] at = spot();
        String reference = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "CHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();

        var outside = im().postJson("/api/v1/hazard-areas/" + reference + "/releases",
                "{\"kind\":\"CLEARED\",\"date\":\"2026-05-01\",\"geometry\":" + square(at[0] + 0.005, at[1], 0.001) + "}");
        var unknown = im().postJson("/api/v1/hazard-areas/" + reference + "/releases",
                "{\"kind\":\"BLOWN_UP\",\"date\":\"2026-05-01\",\"geometry\":" + square(at[0], at[1], 0.0005) + "}");

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("errors").get(0).path("code").asString()).isEqualTo("outside-area");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(im().get("/api/v1/hazard-areas/" + reference).json().path("properties").path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void listsAreasInABoundingBoxAsAFeatureCollection() {
        double[] at = spot();
        String reference = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();

        var inside = im().get(String.format(Locale.ROOT, "/api/v1/hazard-areas?bbox=%f,%f,%f,%f", at[0] - 0.001, at[1] - 0.001, at[0] + 0.002, at[1] + 0.002));
        var elsewhere = im().get("/api/v1/hazard-areas?bbox=1,18,1.1,18.1");

        assertThat(inside.header("Content-Type")).startsWith("application/geo+json");
        assertThat(inside.json().path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(inside.json().path("features").valueStream().map(f -> f.path("id").asString())).contains(reference);
        assertThat(elsewhere.json().path("features").valueStream().map(f -> f.path("id").asString())).doesNotContain(reference);
        assertThat(im().get("/api/v1/hazard-areas?bbox=1,2,3").status()).isEqualTo(400);
        assertThat(im().get("/api/v1/hazard-areas?bbox=5,18,1,18.1").status()).isEqualTo(400);
        assertThat(im().get("/api/v1/hazard-areas?type=XYZ").status()).isEqualTo(400);
    }

    @Test
    void listsAndMapViewsFoundInMemoryAreThoseTheDatabaseFinds() {
        im().postJson("/api/v1/hazard-areas", area(square(-5.6, 14.3, 0.3), "SHA", "2026-03-01"));
        Random random = new Random(7);
        AreaIndex index = AreaIndex.of(repository.indexRows(-1), repository.revision());
        // Views around the areas there are, from a street (0.01°) to half the country (10°).
        List<Envelope> areas = repository.list(new AreaFilter(null, Set.of(), null, null, null, null), 10_000, 0).stream()
                .map(area -> area.details().geometry().getEnvelopeInternal()).toList();
        int pagesWithAreas = 0;
        int truncatedPages = 0;
        for (int i = 0; i < 300; i++) {
            Envelope near = areas.get(random.nextInt(areas.size()));
            double size = Math.pow(10, -2 + random.nextDouble() * 3);
            double lon = near.centre().x + (random.nextDouble() - 0.5) * size;
            double lat = near.centre().y + (random.nextDouble() - 0.5) * size;
            Envelope view = random.nextInt(5) == 0 ? null : new Envelope(lon - size, lon + size, lat - size / 2, lat + size / 2);
            AreaFilter filter = new AreaFilter(view,
                    any(random, Set.of(), Set.of("ML05"), Set.of("ML05", "ML07")), any(random, null, null, null, "ML05", "ML08"),
                    any(random, null, null, AreaType.SHA, AreaType.CHA), any(random, null, null, AreaStatus.OPEN, AreaStatus.CLOSED),
                    any(random, null, null, DeviceCategory.UXO, DeviceCategory.AP_MINE));
            int limit = 1 + random.nextInt(20);
            int offset = random.nextInt(3) * limit;

            AreaIndex.Page found = index.find(filter, limit, offset);

            assertThat(found.ids()).as(filter.toString())
                    .isEqualTo(repository.list(filter, limit, offset).stream().map(HazardArea::id).toList());
            assertThat(found.total()).as(filter.toString()).isEqualTo(repository.count(filter));
            pagesWithAreas += found.ids().isEmpty() ? 0 : 1;
            truncatedPages += found.total() > offset + limit ? 1 : 0;
        }
        assertThat(pagesWithAreas).as("views holding areas").isGreaterThan(30);
        assertThat(truncatedPages).as("views holding more areas than their page").isGreaterThan(10);
    }

    @SafeVarargs
    private static <T> T any(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void aBoundingBoxFindsAWideAreaWhoseWestEndLiesFarOutsideIt() {
        // 0.3° across: the bbox query bounds min_x from below by the widest area's span, which must reach this one.
        String reference = im().postJson("/api/v1/hazard-areas", area(square(-5.6, 14.3, 0.3), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();

        var eastEnd = im().get("/api/v1/hazard-areas?bbox=-5.31,14.4,-5.29,14.42");
        var eastOfIt = im().get("/api/v1/hazard-areas?bbox=-5.29,14.4,-5.27,14.42");

        assertThat(eastEnd.json().path("features").valueStream().map(f -> f.path("id").asString())).contains(reference);
        assertThat(eastOfIt.json().path("features").valueStream().map(f -> f.path("id").asString())).doesNotContain(reference);
    }

    @Test
    void aUserScopedToARegionSeesOnlyItsAreas() {
        double[] at = spot();
        String mopti = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();
        String gao = im().postJson("/api/v1/hazard-areas", area(square(0.05 + SPOT.incrementAndGet() * 0.01, 16.30, 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();
        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));

        String list = field.get("/api/v1/hazard-areas?limit=10000").body();

        assertThat(list).contains(mopti).doesNotContain(gao);
        assertThat(field.get("/api/v1/hazard-areas/" + gao).status()).isEqualTo(404);
        assertThat(field.get("/api/v1/hazard-areas/" + mopti).status()).isEqualTo(200);
    }

    @Test
    void aUserScopedToARegionReadsOnlyItsAreasInListsMapDataExportsAndHistory() throws Exception {
        String gao = im().postJson("/api/v1/hazard-areas", area(square(0.05 + SPOT.incrementAndGet() * 0.01, 16.30, 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();
        TestHttp field = http().as("field.mopti", passwordOf("field.mopti"));
        TestHttp analyst = http().as("analyst", passwordOf("analyst"));

        JsonNode scoped = field.get("/api/v1/hazard-areas?limit=10000").json();
        JsonNode all = analyst.get("/api/v1/hazard-areas?limit=10000").json();
        assertThat(scoped.path("features").valueStream().map(f -> f.path("properties").path("adm1").path("pcode").asString()))
                .isNotEmpty().containsOnly("ML05");
        assertThat(scoped.path("total").asLong()).isEqualTo(scoped.path("features").size()).isLessThan(all.path("total").asLong());
        assertThat(field.get("/api/v1/hazard-areas?adm1=ML07").json().path("total").asLong()).isZero();
        // Within a box the region is tested otherwise (on the bbox index): the same areas.
        JsonNode boxed = field.get("/api/v1/hazard-areas?bbox=-12.5,10,4.5,25.5&limit=10000").json();
        assertThat(boxed.path("features").valueStream().map(f -> f.path("properties").path("reference").asString()).toList())
                .isEqualTo(scoped.path("features").valueStream().map(f -> f.path("properties").path("reference").asString()).toList());
        assertThat(field.get("/api/v1/hazard-areas?bbox=-12.5,10,4.5,25.5&adm1=ML07").json().path("total").asLong()).isZero();

        JsonNode map = http().signIn("field.mopti", passwordOf("field.mopti")).get("/map/data/hazard-areas").json();
        JsonNode fullMap = http().signIn("analyst", passwordOf("analyst")).get("/map/data/hazard-areas").json();
        // The map's features are slim (no administrative units): they must be among the reader's areas.
        assertThat(map.path("features").valueStream().map(f -> f.path("id").asString()))
                .isNotEmpty().isSubsetOf(scoped.path("features").valueStream()
                        .map(f -> f.path("properties").path("reference").asString()).toList());
        assertThat(map.path("total").asLong()).isEqualTo(scoped.path("total").asLong()).isLessThan(fullMap.path("total").asLong());

        JsonNode exported = field.get("/api/v1/hazard-areas/export?format=geojson").json();
        assertThat(exported.path("features").valueStream().map(f -> f.path("properties").path("adm1Code").asString()))
                .hasSize(scoped.path("features").size()).containsOnly("ML05");
        String csv = field.get("/api/v1/hazard-areas/export?format=hxl").body();
        assertThat(csv.split("\r\n")).hasSize(scoped.path("features").size() + 2);
        assertThat(csv).doesNotContain(gao);
        assertThat(analyst.get("/api/v1/hazard-areas/export?format=hxl").body()).contains(gao);

        for (String path : new String[] {"/api/v1/hazard-areas/" + gao, "/api/v1/hazard-areas/" + gao + "/history"}) {
            assertThat(field.get(path).status()).as(path).isEqualTo(404);
            assertThat(analyst.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(field.get("/api/v1/hazard-areas/" + gao).body()).isEqualTo(
                field.get("/api/v1/hazard-areas/HA-999999").body().replace("HA-999999", gao));
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        assertThat(im().get("/api/v1/hazard-areas/HA-999999").status()).isEqualTo(404);
        assertThat(im().putJson("/api/v1/hazard-areas/HA-999999", area(square(-4.2, 14.4, 0.001), "SHA", "2026-01-01")).status()).isEqualTo(404);
    }

    @Test
    void everyWriteIsAudited() {
        double[] at = spot();
        String reference = im().postJson("/api/v1/hazard-areas", area(square(at[0], at[1], 0.001), "SHA", "2026-03-01"))
                .json().path("properties").path("reference").asString();

        String log = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?entityType=hazard-area&entityId=" + reference).body();

        assertThat(log).contains("HAZARD_AREA_CREATED", "im.officer");
    }
}
