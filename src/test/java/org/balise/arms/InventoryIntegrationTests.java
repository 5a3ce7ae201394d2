package org.balise.arms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.balise.IntegrationTest;
import org.balise.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Weapons, lots, the ledger, physical counts and destruction over the API, with every refusal changing nothing. */
class InventoryIntegrationTests extends IntegrationTest {

    private static final String TODAY = LocalDate.now().toString();
    private String depot;
    private String other;

    private TestHttp amd() {
        return http().as("amd.officer", passwordOf("amd.officer"));
    }

    private TestHttp as(String user) {
        return http().as(user, passwordOf(user));
    }

    @BeforeEach
    void twoFacilities() {
        long fama = 0;
        for (JsonNode institution : http().as("admin", ADMIN_PASSWORD).get("/api/v1/institutions").json().path("items")) {
            if ("FAMa".equals(institution.path("acronym").asString())) {
                fama = institution.path("id").asLong();
            }
        }
        String body = """
                {"name":"%s","type":"MIXED","institutionId":%d,"location":{"lat":12.6392,"lon":-8.0029}}""";
        depot = amd().postJson("/api/v1/facilities", body.formatted("Dépôt A", fama)).json().path("reference").asString();
        other = amd().postJson("/api/v1/facilities", body.formatted("Dépôt B", fama)).json().path("reference").asString();
    }

    private long weapon(String facility, String serial) {
        TestHttp.Response created = amd().postJson("/api/v1/facilities/" + facility + "/weapons", """
                {"type":"RIFLE","make":"Kalashnikov","model":"AKM","calibre":"7.62x39","serialNumber":"%s","country":"USSR",
                 "yearMade":1978,"condition":"SERVICEABLE","receivedOn":"%s","document":"BR-2026-14"}""".formatted(serial, TODAY));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long lot(String facility, long quantity) {
        TestHttp.Response created = amd().postJson("/api/v1/facilities/" + facility + "/ammunition-lots", """
                {"ammoType":"Cartouche 7.62x39","calibre":"7.62x39","lotNumber":"LOT-71-%s","hazardDivision":"1.4",
                 "compatibilityGroup":"S","neqPerItemKg":0.002,"condition":"SERVICEABLE","quantity":%d,"receivedOn":"%s"}"""
                .formatted(facility, quantity, TODAY));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private TestHttp.Response move(String body) {
        return amd().postJson("/api/v1/movements", body);
    }

    private long onHand(long lot, String facility) {
        for (JsonNode item : amd().get("/api/v1/ammunition-lots?facility=" + facility).json().path("items")) {
            if (item.path("id").asLong() == lot) {
                return item.path("quantity").asLong();
            }
        }
        return -1;
    }

    @Test
    void theLedgerKeepsWhatEachLotHolds() {
        long lot = lot(depot, 1000);
        assertThat(move("{\"kind\":\"ISSUE\",\"lotId\":%d,\"quantity\":200,\"movedOn\":\"%s\"}".formatted(lot, TODAY)).status()).isEqualTo(201);
        assertThat(move("{\"kind\":\"TRANSFER\",\"lotId\":%d,\"quantity\":300,\"toFacility\":\"%s\",\"movedOn\":\"%s\"}"
                .formatted(lot, other, TODAY)).status()).isEqualTo(201);
        assertThat(move("{\"kind\":\"LOSS\",\"lotId\":%d,\"quantity\":50,\"movedOn\":\"%s\",\"note\":\"vol\"}".formatted(lot, TODAY)).status())
                .isEqualTo(201);
        assertThat(move("{\"kind\":\"RETURN\",\"lotId\":%d,\"quantity\":20,\"movedOn\":\"%s\"}".formatted(lot, TODAY)).status()).isEqualTo(201);

        // 1,000 received - 200 issued - 300 transferred - 50 lost + 20 returned = 470; the other depot holds the 300.
        assertThat(onHand(lot, depot)).isEqualTo(470);
        JsonNode received = amd().get("/api/v1/ammunition-lots?facility=" + other).json().path("items").get(0);
        assertThat(received.path("quantity").asLong()).isEqualTo(300);
        assertThat(received.path("lotNumber").asString()).isEqualTo("LOT-71-" + depot);
        assertThat(received.path("neqKg").asDouble()).isEqualTo(0.6);
    }

    @Test
    void aWeaponsLifeEndsAtItsDestructionAndItStaysSearchable() {
        long id = weapon(depot, "AK-71 0042");
        assertThat(move("{\"kind\":\"ISSUE\",\"weaponId\":%d,\"movedOn\":\"%s\"}".formatted(id, TODAY)).status()).isEqualTo(201);
        assertThat(move("{\"kind\":\"ISSUE\",\"weaponId\":%d,\"movedOn\":\"%s\"}".formatted(id, TODAY)).status()).as("issued twice").isEqualTo(409);
        assertThat(move("{\"kind\":\"RETURN\",\"weaponId\":%d,\"movedOn\":\"%s\"}".formatted(id, TODAY)).status()).isEqualTo(201);
        assertThat(move("{\"kind\":\"TRANSFER\",\"weaponId\":%d,\"toFacility\":\"%s\",\"movedOn\":\"%s\"}".formatted(id, other, TODAY))
                .status()).isEqualTo(201);

        TestHttp.Response destroyed = amd().postJson("/api/v1/destructions", """
                {"facility":"%s","method":"CUTTING","place":"Camp Soundiata, Kati","destroyedOn":"%s",
                 "witnesses":"CNLPAL, MINUSMA observer","certificateNumber":"CERT-%s","weaponIds":[%d]}"""
                .formatted(other, TODAY, other, id));
        assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(201);
        assertThat(destroyed.json().path("weapons").get(0).path("state").asString()).isEqualTo("DESTROYED");

        for (String kind : new String[] {"ISSUE", "RETURN", "LOSS"}) {
            assertThat(move("{\"kind\":\"%s\",\"weaponId\":%d,\"movedOn\":\"%s\"}".formatted(kind, id, TODAY)).status()).as(kind)
                    .isEqualTo(409);
        }
        assertThat(move("{\"kind\":\"TRANSFER\",\"weaponId\":%d,\"toFacility\":\"%s\",\"movedOn\":\"%s\"}".formatted(id, depot, TODAY))
                .status()).isEqualTo(409);
        assertThat(amd().get("/api/v1/facilities/" + other + "/weapons").json().findValuesAsString("state")).containsOnly("DESTROYED");

        JsonNode found = amd().get("/api/v1/weapons?serial=ak710042").json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("weapon").path("state").asString()).isEqualTo("DESTROYED");
        assertThat(found.path("items").get(0).path("movements").findValuesAsString("kind"))
                .containsExactly("RECEIPT", "ISSUE", "RETURN", "TRANSFER_OUT", "TRANSFER_IN", "DESTRUCTION");
        assertThat(amd().postJson("/api/v1/destructions", """
                {"facility":"%s","method":"CUTTING","place":"Kati","destroyedOn":"%s","witnesses":"CNLPAL",
                 "certificateNumber":"CERT-B-%s","weaponIds":[%d]}""".formatted(other, TODAY, other, id)).status()).isEqualTo(409);
    }

    @Test
    void aPhysicalCountShowsWhatIsMissingWhatIsUnrecordedAndTheLotDifferences() {
        weapon(depot, "PM-1");
        weapon(depot, "PM-2");
        weapon(depot, "PM-3");
        long lot = lot(depot, 500);

        JsonNode report = amd().postJson("/api/v1/facilities/" + depot + "/counts", """
                {"countedOn":"%s","countedBy":"Lt Coulibaly","serialNumbers":["pm 1","PM-3","XX-9"],
                 "lots":[{"lotId":%d,"quantity":488}]}""".formatted(TODAY, lot)).json();

        assertThat(report.path("weaponsOnRecord").asInt()).isEqualTo(3);
        assertThat(report.path("weaponsFound").asInt()).isEqualTo(2);
        assertThat(report.path("missingWeapons").findValuesAsString("serialNumber")).containsExactly("PM-2");
        assertThat(report.path("unrecordedSerials").get(0).asString()).isEqualTo("XX-9");
        assertThat(report.path("lotDifferences").get(0).path("difference").asLong()).isEqualTo(-12);
        assertThat(report.path("diversionWarning").asBoolean()).isTrue();
        JsonNode audit = http().as("admin", ADMIN_PASSWORD).get("/api/v1/audit-events?action=COUNT_DISCREPANCY&limit=10").json();
        assertThat(audit.path("items").findValuesAsString("entityId")).contains(depot);
    }

    @Test
    void refusesBadInventoryInputAndChangesNothing() {
        long id = weapon(depot, "G3-777");
        long lot = lot(depot, 100);
        String weapon = """
                {"type":"RIFLE","serialNumber":"NEW-1","receivedOn":"%s"}""".formatted(TODAY);
        String[] badWeapons = {weapon.replace("RIFLE", "CANNON"), weapon.replace("\"serialNumber\":\"NEW-1\",", ""),
            weapon.replace("NEW-1", " - "), weapon.replace(TODAY, LocalDate.now().plusDays(1).toString()),
            weapon.replace("\"type\"", "\"yearMade\":1700,\"type\""), "{}"};
        for (String body : badWeapons) {
            assertThat(amd().postJson("/api/v1/facilities/" + depot + "/weapons", body).status()).as(body).isEqualTo(400);
        }
        assertThat(amd().postJson("/api/v1/facilities/" + depot + "/weapons", weapon.replace("NEW-1", "g3 777")
                .replace("\"type\":\"RIFLE\"", "\"type\":\"RIFLE\",\"make\":null")).status()).as("held twice").isIn(201, 409);
        String lotBody = """
                {"ammoType":"Obus 82 mm","lotNumber":"L-82","hazardDivision":"1.1","compatibilityGroup":"E","neqPerItemKg":0.6,
                 "quantity":10,"receivedOn":"%s"}""".formatted(TODAY);
        String[] badLots = {lotBody.replace("\"1.1\"", "\"1.7\""), lotBody.replace("\"E\"", "\"Z\""), lotBody.replace("0.6", "-1"),
            lotBody.replace("\"quantity\":10", "\"quantity\":0"), lotBody.replace("\"lotNumber\":\"L-82\",", "")};
        for (String body : badLots) {
            assertThat(amd().postJson("/api/v1/facilities/" + depot + "/ammunition-lots", body).status()).as(body).isEqualTo(400);
        }
        String[] badMoves = {
            "{\"kind\":\"ISSUE\",\"weaponId\":%d,\"lotId\":%d,\"quantity\":1,\"movedOn\":\"%s\"}".formatted(id, lot, TODAY),
            "{\"kind\":\"SELL\",\"weaponId\":%d,\"movedOn\":\"%s\"}".formatted(id, TODAY),
            "{\"kind\":\"ISSUE\",\"lotId\":%d,\"quantity\":101,\"movedOn\":\"%s\"}".formatted(lot, TODAY),
            "{\"kind\":\"ISSUE\",\"lotId\":%d,\"quantity\":-5,\"movedOn\":\"%s\"}".formatted(lot, TODAY),
            "{\"kind\":\"TRANSFER\",\"lotId\":%d,\"quantity\":5,\"movedOn\":\"%s\"}".formatted(lot, TODAY),
            "{\"kind\":\"TRANSFER\",\"lotId\":%d,\"quantity\":5,\"toFacility\":\"%s\",\"movedOn\":\"%s\"}".formatted(lot, depot, TODAY),
            "{\"kind\":\"ISSUE\",\"weaponId\":%d}".formatted(id)};
        for (String body : badMoves) {
            assertThat(move(body).status()).as(body).isEqualTo(400);
        }
        String destruction = """
                {"facility":"%s","method":"BURNING","place":"Kati","destroyedOn":"%s","witnesses":"CNLPAL","certificateNumber":"C-%s",
                 "lots":[{"lotId":%d,"quantity":101}]}""".formatted(depot, TODAY, depot, lot);
        assertThat(amd().postJson("/api/v1/destructions", destruction).status()).isEqualTo(400);
        assertThat(amd().postJson("/api/v1/destructions", destruction.replace("\"lots\":[{\"lotId\":" + lot + ",\"quantity\":101}]",
                "\"lots\":[]")).status()).isEqualTo(400);
        assertThat(amd().postJson("/api/v1/destructions", destruction.replace("BURNING", "MELTING").replace("101", "1")).status())
                .isEqualTo(400);
        assertThat(amd().postJson("/api/v1/facilities/" + other + "/counts", """
                {"countedOn":"%s","countedBy":"X","lots":[{"lotId":%d,"quantity":1}]}""".formatted(TODAY, lot)).status()).isEqualTo(400);

        assertThat(onHand(lot, depot)).isEqualTo(100);
        assertThat(amd().get("/api/v1/weapons/" + id).json().path("movements")).hasSize(1);
        assertThat(amd().get("/api/v1/weapons/" + id).json().path("weapon").path("state").asString()).isEqualTo("IN_STOCK");
    }

    @Test
    void inventoriesAreForAmdOfficersAndTheOwningAuthorityOnly() {
        long id = weapon(depot, "FN-5512");
        for (String role : new String[] {"im.officer", "analyst", "field.mopti"}) {
            assertThat(as(role).get("/api/v1/weapons?serial=FN-5512").status()).as(role).isEqualTo(403);
            assertThat(as(role).get("/api/v1/weapons/" + id).status()).as(role).isEqualTo(403);
            assertThat(as(role).get("/api/v1/ammunition-lots").status()).as(role).isEqualTo(403);
            assertThat(as(role).get("/api/v1/destructions").status()).as(role).isEqualTo(403);
        }
        assertThat(as("authority").get("/api/v1/weapons?serial=FN-5512").json().path("total").asInt()).isZero();
        assertThat(as("authority").get("/api/v1/weapons/" + id).status()).isEqualTo(404);
        assertThat(as("authority").postJson("/api/v1/movements", "{\"kind\":\"ISSUE\",\"weaponId\":%d,\"movedOn\":\"%s\"}"
                .formatted(id, TODAY)).status()).isEqualTo(403);
        assertThat(amd().get("/api/v1/weapons/" + id).json().path("weapon").path("state").asString()).isEqualTo("IN_STOCK");
    }

    @Test
    void thePagesShowStockSerialHistoryAndDestructionsToAmdOfficersOnly() {
        weapon(depot, "PAGE-77");
        lot(depot, 250);
        TestHttp officer = http().signIn("amd.officer", passwordOf("amd.officer"));
        assertThat(officer.get("/arms/facilities/" + depot + "?lang=en").body()).contains("PAGE-77", "LOT-71-" + depot, "HD 1.4");
        assertThat(officer.get("/arms/weapons?serial=page77&lang=en").body()).contains("PAGE-77", "Receipt");
        assertThat(officer.get("/arms/weapons?serial=NOTHING-0").body()).contains("id=\"nothing-found\"");
        assertThat(officer.get("/arms/destructions").body()).contains("CNLPAL-DEST-");
        for (String role : new String[] {"im.officer", "analyst", "field.mopti"}) {
            TestHttp page = http().signIn(role, passwordOf(role));
            assertThat(page.get("/arms/weapons?serial=PAGE-77").status()).as(role).isEqualTo(403);
            assertThat(page.get("/arms/destructions").status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void storekeeperCoursesKeepScoresAndCertificatesAndRefuseBadOnes() {
        String course = """
                {"title":"Gestion des stocks d’armes","audience":"STOREKEEPERS","startsOn":"%s","endsOn":"%s","place":"Koulikoro",
                 "trainer":"Équipe PSSM","attendees":[{"name":"Sgt Diarra","facility":"%s","role":"Magasinier","preScore":45,
                 "postScore":82,"certificate":"PSSM-%s-1"},{"name":"Cpl Sangaré","preScore":50,"postScore":64}]}"""
                .formatted(LocalDate.now().minusDays(5), LocalDate.now().minusDays(1), depot, depot);
        TestHttp.Response created = amd().postJson("/api/v1/arms/courses", course);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("attendees")).hasSize(2);
        assertThat(created.json().path("attendees").get(0).path("facilityReference").asString()).isEqualTo(depot);

        long before = amd().get("/api/v1/arms/courses").json().path("total").asLong();
        String[] refused = {course.replace("\"postScore\":82", "\"postScore\":120"), course.replace("STOREKEEPERS", "GENERALS"),
            course.replace("\"facility\":\"" + depot + "\"", "\"facility\":\"FAC-9999\""),
            course.replace("\"endsOn\":\"" + LocalDate.now().minusDays(1), "\"endsOn\":\"" + LocalDate.now().minusDays(9)),
            course.substring(0, course.indexOf("\"attendees\"")) + "\"attendees\":[]}",
            course};
        for (String body : refused) {
            assertThat(amd().postJson("/api/v1/arms/courses", body).status()).as(body).isEqualTo(400);
        }
        assertThat(amd().get("/api/v1/arms/courses").json().path("total").asLong()).isEqualTo(before);
        assertThat(as("authority").get("/api/v1/arms/courses").status()).isEqualTo(403);
        assertThat(as("im.officer").get("/api/v1/arms/courses").status()).isEqualTo(403);
    }

    /** A depot of two storehouses 100 m apart, with a guard house 30 m south of the first. */
    static String depotWithStorehouses(long institution) {
        return """
                {"name":"Dépôt pyrotechnique","type":"AMMUNITION_DEPOT","institutionId":%d,"location":{"lat":12.6392,"lon":-8.0029},
                 "buildings":[{"name":"Magasin 1","role":"EXPLOSIVE_STOREHOUSE","lat":12.6392,"lon":-8.0029},
                              {"name":"Magasin 2","role":"EXPLOSIVE_STOREHOUSE","lat":12.6401,"lon":-8.0029},
                              {"name":"Poste de garde","role":"GUARD_HOUSE","lat":12.63893,"lon":-8.0029}]}""".formatted(institution);
    }

    @Test
    void eachStorehouseIsCheckedAgainstItsNeighboursWithTheShortfallInMetres() {
        long fama = 0;
        for (JsonNode institution : http().as("admin", ADMIN_PASSWORD).get("/api/v1/institutions").json().path("items")) {
            if ("FAMa".equals(institution.path("acronym").asString())) {
                fama = institution.path("id").asLong();
            }
        }
        String facility = amd().postJson("/api/v1/facilities", depotWithStorehouses(fama)).json().path("reference").asString();
        String lot = """
                {"ammoType":"Obus 82 mm","lotNumber":"L-%s","hazardDivision":"1.1","compatibilityGroup":"E","neqPerItemKg":0.5,
                 "quantity":%d,"receivedOn":"%s"%s}""";
        assertThat(amd().postJson("/api/v1/facilities/" + facility + "/ammunition-lots", lot.formatted("A", 2000, TODAY, "")).status())
                .as("two storehouses: name one").isEqualTo(400);
        assertThat(amd().postJson("/api/v1/facilities/" + facility + "/ammunition-lots",
                lot.formatted("A", 2000, TODAY, ",\"storehouse\":\"Magasin 9\"")).status()).isEqualTo(400);
        assertThat(amd().postJson("/api/v1/facilities/" + facility + "/ammunition-lots",
                lot.formatted("A", 2000, TODAY, ",\"storehouse\":\"Magasin 1\"")).status()).isEqualTo(201);

        JsonNode compliance = amd().get("/api/v1/facilities/" + facility + "/compliance").json();
        JsonNode first = compliance.path("storehouses").get(0);
        // 2,000 items x 0.5 kg = 1,000 kg of HD 1.1: Q^(1/3) = 10. IMD = 3.6 x 10 = 36 m (Magasin 2 at 100 m: fine);
        // PBD = 8.0 x 10 = 80 m, and the guard house stands about 30 m away: about 50 m short.
        assertThat(first.path("storehouse").asString()).isEqualTo("Magasin 1");
        assertThat(first.path("heldNeqKg").asDouble()).isEqualTo(1000.0);
        JsonNode guard = null;
        for (JsonNode violation : first.path("violations")) {
            if (violation.path("site").asString().equals("Poste de garde")) {
                guard = violation;
            }
        }
        assertThat(guard).isNotNull();
        assertThat(guard.path("type").asString()).isEqualTo("PBD");
        assertThat(guard.path("requiredMetres").asInt()).isEqualTo(80);
        assertThat(guard.path("shortfallMetres").asLong()).isBetween(45L, 55L);
        assertThat(first.path("violations").findValuesAsString("site")).doesNotContain("Magasin 2");
        assertThat(compliance.path("storehouses").get(1).path("heldNeqKg").asDouble()).isZero();
        assertThat(as("im.officer").get("/api/v1/facilities/" + facility + "/compliance").status()).isEqualTo(403);
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    @Test
    void photosAreImagesByTheirBytesAndAreServedUnderTheFacilitysRules() {
        String path = "/api/v1/facilities/" + depot + "/photos";
        TestHttp.Response added = amd().postMultipart(path, java.util.Map.of("file", new TestHttp.FilePart("porte.png", png(2048)),
                "caption", "Porte du magasin 1 avant réhabilitation"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().path("id").asLong();
        assertThat(added.json().path("contentType").asString()).isEqualTo("image/png");

        TestHttp.Response image = amd().get("/api/v1/arms/photos/" + id);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).startsWith("image/png");
        assertThat(as("im.officer").get("/api/v1/arms/photos/" + id).status()).isEqualTo(403);
        assertThat(as("authority").get("/api/v1/arms/photos/" + id).status()).isEqualTo(404);

        long files = storedFiles();
        java.util.Map<String, Object>[] refused = new java.util.Map[] {
            java.util.Map.of("file", new TestHttp.FilePart("photo.jpg", "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            java.util.Map.of("caption", "no file"),
            java.util.Map.of("file", new TestHttp.FilePart("p.png", png(100)), "assessment", "ASM-99999"),
            java.util.Map.of("file", new TestHttp.FilePart("p.png", png(100)), "caption", "x".repeat(501))};
        for (var parts : refused) {
            assertThat(amd().postMultipart(path, parts).status()).as(parts.keySet().toString()).isEqualTo(400);
        }
        assertThat(amd().postMultipart(path, java.util.Map.of("file", new TestHttp.FilePart("big.png", png(16 * 1024 * 1024)))).status())
                .isEqualTo(413);
        assertThat(amd().get(path).json()).hasSize(1);
        assertThat(storedFiles()).as("no file left behind").isEqualTo(files);
    }

    private static long storedFiles() {
        try (var walk = java.nio.file.Files.walk(dataDir().resolve("attachments"))) {
            return walk.filter(java.nio.file.Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
