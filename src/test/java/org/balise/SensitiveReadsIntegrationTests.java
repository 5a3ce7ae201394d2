package org.balise;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of personal, sensitive and regional data (DESIGN §6), enumerated from the application's own handler
 * mappings so that a new endpoint cannot be forgotten, called by each caller the authorisation matrix lets through,
 * against four rules:
 * <ol>
 * <li>personal data (names and phones of victims, focal points and reporters, dates of birth) reaches IM officers
 * and admins only, and each such read leaves an audit entry by its reader;</li>
 * <li>each read of arms data (facilities, inventories, destructions, assessments, photos) leaves an audit entry;</li>
 * <li>a reader scoped to regions (field.mopti: Mopti, ML05) sees records of those regions only;</li>
 * <li>the authority sees the facilities of its own institution only, and what they hold.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensitiveReadsIntegrationTests extends IntegrationTest {

    /** Where personal, sensitive or regional data is read: every GET below these must pass the rules. */
    private static final List<String> PREFIXES = List.of("/api/v1/accidents", "/api/v1/focal-points", "/api/v1/cfp-reports",
            "/api/v1/submissions", "/casualties", "/community", "/collection/submissions", "/api/v1/facilities",
            "/api/v1/weapons", "/api/v1/ammunition-lots", "/api/v1/destructions", "/api/v1/arms", "/arms",
            "/api/v1/hazard-areas", "/api/v1/hazard-reports", "/api/v1/eore-sessions", "/api/v1/eore-targets",
            "/map/data/hazard-areas", "/hazards", "/hazard-reports", "/education", "/priorities");
    /** Arms data: every read is audited. */
    private static final List<String> ARMS = List.of("/api/v1/facilities", "/api/v1/weapons", "/api/v1/ammunition-lots",
            "/api/v1/destructions", "/api/v1/arms", "/arms");
    /** Forms to fill in and calculators: they show no stored record. */
    private static final Pattern NOT_A_READ = Pattern.compile(".*/new$|/arms/qd|.*/files/\\{name}");
    /**
     * Records a caller may not see although the endpoint lets it through: the demo submissions are community
     * reports, and AMD officers review only the arms forms.
     */
    private static final Set<String> NOT_VISIBLE = Set.of("/collection/submissions/{id} amd.officer",
            "/api/v1/submissions/{id} amd.officer");
    /** Phone numbers in Mali: +223 and 8 digits, however spaced. */
    private static final Pattern PHONE = Pattern.compile("\\+223[ 0-9]{8,}");
    private static final Pattern REGION_CODE = Pattern.compile("\"adm1Pcode\"\\s*:\\s*\"(ML\\d\\d)\"|(?<![\\w])(ML\\d\\d)(?![\\w])");
    private static final Pattern FACILITY = Pattern.compile("FAC-\\d{4,}");
    private static final Set<String> PERSONAL_KEYS = Set.of("phone", "reporterPhone", "reporterName", "dateOfBirth");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> values = new HashMap<>();
    /** How often each rule applied: a rule that never applies checks nothing. */
    private final Map<String, Integer> applied = new HashMap<>();
    private final Map<String, TestHttp> sessions = new HashMap<>();
    private Set<String> ownFacilities;

    @BeforeAll
    void findOneRecordOfEachKind() throws IOException {
        long authorityInstitution = jdbc.queryForObject("SELECT institution_id FROM idn_user WHERE username = 'authority'", Long.class);
        ownFacilities = Set.copyOf(jdbc.queryForList("SELECT reference FROM arm_facility WHERE institution_id = ?", String.class,
                authorityInstitution));
        String facility = jdbc.queryForObject("SELECT reference FROM arm_facility WHERE institution_id = ? ORDER BY reference LIMIT 1",
                String.class, authorityInstitution);
        values.put("facility", facility);
        List<String> assessments = jdbc.queryForList("SELECT a.reference FROM arm_assessment a JOIN arm_facility f "
                + "ON f.id = a.facility_id WHERE f.reference = ? ORDER BY a.reference", String.class, facility);
        values.put("assessment", assessments.getFirst());
        values.put("later-assessment", assessments.getLast());
        Map<String, Object> weapon = jdbc.queryForMap("SELECT w.id, w.serial_number FROM arm_weapon w JOIN arm_facility f "
                + "ON f.id = w.facility_id WHERE f.reference = ? ORDER BY w.id LIMIT 1", facility);
        values.put("weapon", weapon.get("id").toString());
        values.put("serial", weapon.get("serial_number").toString());
        values.put("destruction", jdbc.queryForObject("SELECT min(d.reference) FROM arm_destruction d JOIN arm_facility f "
                + "ON f.id = d.facility_id WHERE f.institution_id = ?", String.class, authorityInstitution));
        values.put("accident", jdbc.queryForObject("SELECT min(reference) FROM cas_accident WHERE adm1_pcode = 'ML05'", String.class));
        values.put("focal", jdbc.queryForObject("SELECT min(reference) FROM cfp_focal_point WHERE adm1_pcode = 'ML05'", String.class));
        values.put("cfp", jdbc.queryForObject("SELECT min(reference) FROM cfp_report WHERE adm1_pcode = 'ML05'", String.class));
        values.put("area", jdbc.queryForObject("SELECT min(reference) FROM hzd_area WHERE adm1_pcode = 'ML05'", String.class));
        values.put("report", jdbc.queryForObject("SELECT min(reference) FROM hzd_report WHERE adm1_pcode = 'ML05'", String.class));
        values.put("session", jdbc.queryForObject("SELECT min(reference) FROM edu_session WHERE adm1_pcode = 'ML05'", String.class));
        // A community report (AMD officers review only the arms forms), whatever other tests submitted since.
        values.put("submission", jdbc.queryForObject("SELECT min(id) FROM col_submission WHERE form_id = 'community-report'",
                String.class));
        TestHttp.Response photo = api("amd.officer").postMultipart("/api/v1/facilities/" + facility + "/photos",
                Map.of("caption", "Magasin 1", "file", new TestHttp.FilePart("magasin.jpg", jpeg())));
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        values.put("photo", photo.json().path("id").asString());
    }

    @TestFactory
    Stream<DynamicTest> everyReadOfPersonalSensitiveOrRegionalDataKeepsTheRules() {
        Map<String, String> matrix = Endpoints.matrix();
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : Endpoints.all(mappings, new HashSet<>())) {
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (!endpoint.startsWith("GET ") || PREFIXES.stream().noneMatch(pattern::startsWith) || NOT_A_READ.matcher(pattern).matches()) {
                continue;
            }
            String callers = matrix.getOrDefault(endpoint, "");
            assertThat(callers).as("the authorisation matrix names the callers of " + endpoint).isNotEmpty();
            for (String caller : callers.split(",")) {
                if (!caller.equals("nobody")) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " as " + caller, () -> read(pattern, caller)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        tests.add(DynamicTest.dynamicTest("each rule applied to many reads", () -> assertThat(applied)
                .allSatisfy((rule, times) -> assertThat(times).as(rule).isGreaterThanOrEqualTo(5))
                .containsOnlyKeys("personal", "arms", "regions", "institution")));
        return tests.stream();
    }

    private void read(String pattern, String caller) {
        String path = concrete(pattern);
        long lastAudit = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
        boolean api = path.startsWith("/api/");
        TestHttp.Response answer = api ? api(caller).get(path) : session(caller).get(path);
        if (NOT_VISIBLE.contains(pattern + " " + caller)) {
            assertThat(answer.status()).as(path + " as " + caller).isEqualTo(404);
            return;
        }
        assertThat(answer.status()).as(path + " as " + caller).isEqualTo(200);
        long audited = jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE id > ? AND actor = ?", Long.class, lastAudit, caller);
        String body = answer.body();

        boolean personal = PHONE.matcher(body).find() || (isJson(answer) && hasPersonalFields(JsonMapper.shared().readTree(body)));
        if (personal) {
            applied.merge("personal", 1, Integer::sum);
            assertThat(caller).as("personal data in " + path).isIn("admin", "im.officer");
            assertThat(audited).as("audit entries of " + caller + " reading personal data at " + path).isPositive();
        }
        if (ARMS.stream().anyMatch(path::startsWith)) {
            applied.merge("arms", 1, Integer::sum);
            assertThat(audited).as("audit entries of " + caller + " reading arms data at " + path).isPositive();
        }
        if (caller.equals("field.mopti") && (api || path.endsWith("export") || path.contains("map-data"))) {
            applied.merge("regions", regionCodes(body).isEmpty() ? 0 : 1, Integer::sum);
            assertThat(regionCodes(body)).as("regions seen by field.mopti at " + path).isSubsetOf("ML05");
        }
        if (caller.equals("authority")) {
            Set<String> facilities = facilityReferences(body);
            applied.merge("institution", facilities.isEmpty() ? 0 : 1, Integer::sum);
            assertThat(facilities).as("facilities seen by the authority at " + path).isSubsetOf(ownFacilities);
        }
    }

    private static boolean isJson(TestHttp.Response answer) {
        String type = answer.header("Content-Type");
        return type != null && type.contains("json");
    }

    /** Keys that only personal data has, or a name inside a victim or a focal point. */
    private static boolean hasPersonalFields(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasPersonalFields(item)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        for (var field : node.properties()) {
            if (PERSONAL_KEYS.contains(field.getKey()) && !field.getValue().isNull()) {
                return true;
            }
            if (field.getKey().equals("victims") && field.getValue().isArray()) {
                for (JsonNode victim : field.getValue()) {
                    if (victim.has("name")) {
                        return true;
                    }
                }
            }
            if (hasPersonalFields(field.getValue())) {
                return true;
            }
        }
        return node.has("name") && node.path("reference").asString("").startsWith("CFP-");
    }

    private static Set<String> facilityReferences(String body) {
        Set<String> references = new HashSet<>();
        Matcher matcher = FACILITY.matcher(body);
        while (matcher.find()) {
            references.add(matcher.group());
        }
        return references;
    }

    private static Set<String> regionCodes(String body) {
        Set<String> codes = new HashSet<>();
        Matcher matcher = REGION_CODE.matcher(body);
        while (matcher.find()) {
            codes.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return codes;
    }

    /** A path with the variables filled with records the callers may read (the authority's own facility). */
    private String concrete(String pattern) {
        String kind = pattern.startsWith("/api/v1/accidents") || pattern.startsWith("/casualties") ? "accident"
                : pattern.startsWith("/api/v1/focal-points") || pattern.startsWith("/community/focal-points") ? "focal"
                : pattern.startsWith("/api/v1/cfp-reports") || pattern.startsWith("/community/reports") ? "cfp"
                : pattern.startsWith("/api/v1/hazard-areas") || pattern.startsWith("/hazards") ? "area"
                : pattern.startsWith("/api/v1/hazard-reports") || pattern.startsWith("/hazard-reports") ? "report"
                : pattern.startsWith("/api/v1/eore-sessions") || pattern.startsWith("/education") ? "session"
                : pattern.contains("/destructions/") ? "destruction" : "facility";
        String id = pattern.contains("/weapons/") ? "weapon" : pattern.contains("/photos/") ? "photo" : "submission";
        String path = pattern.replace("{reference}", values.get(kind)).replace("{assessment}", values.get("assessment"))
                .replace("{id}", values.get(id)).replace("{version}", "1");
        if (path.endsWith("/assessments/compare")) {
            return path + "?a=" + values.get("assessment") + "&b=" + values.get("later-assessment");
        }
        if (path.equals("/api/v1/eore-targets")) {
            return path + "?year=2025";
        }
        return path.equals("/api/v1/weapons") || path.equals("/arms/weapons") ? path + "?serial=" + values.get("serial") : path;
    }

    private TestHttp api(String user) {
        return http().as(user, passwordOf(user));
    }

    private TestHttp session(String user) {
        return sessions.computeIfAbsent(user, name -> http().signIn(name, passwordOf(name)));
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
