package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The forms shipped for ODK Collect, filled and sent by javarosa, the form engine inside Collect. */
class ShippedFormsTests {

    private static final String POINT = "14.4936 -4.1942 268 4.5";
    private static final String SHAPE = "14.49 -4.19 0 0;14.5 -4.19 0 0;14.5 -4.18 0 0;14.49 -4.19 0 0";

    @TempDir
    static Path media;

    /** The media files the server generates from the gazetteer, as Collect downloads them next to the form. */
    @BeforeAll
    static void writeMediaFiles() throws IOException {
        Files.writeString(media.resolve("regions.csv"), """
                name,label
                ML04,Ségou
                ML05,Mopti
                ML06,Tombouctou
                """, UTF_8);
        Files.writeString(media.resolve("places.csv"), """
                name,label,region
                ML040216002,Bambougou (Markala),ML04
                ML040216006,Diamouna (Markala),ML04
                ML050101002,Patia (Bassirou),ML05
                ML050109001,Sévaré (Socoura),ML05
                ML050102001,Bogo (Borondougou),ML05
                ML060101003,Dag Bohdel (Alafia),ML06
                """, UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nts-hazard-report", "accident-report", "community-report", "cfp-accident-report", "eore-session"})
    void everyTextIsInEnglishAndFrench(String formId) {
        byte[] xml = form(formId);
        Map<String, Map<String, String>> texts = PhoneForm.open(xml, media).translations();

        assertThat(texts.keySet()).containsExactly("English", "French");
        Map<String, String> english = texts.get("English");
        Map<String, String> french = texts.get("French");
        assertThat(french.keySet()).isEqualTo(english.keySet());
        assertThat(english.values()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(french.values()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(french.get("/data/region:label")).isEqualTo("Région");
        Matcher used = Pattern.compile("jr:itext\\('([^']+)'\\)").matcher(new String(xml, UTF_8));
        while (used.find()) {
            assertThat(english).containsKey(used.group(1));
        }
        Document source = dom(xml);
        assertThat(text(source, "//translation[@default='true()']/@lang")).isEqualTo("English");
        assertThat(text(source, "//instance/data/@id")).isEqualTo(formId);
    }

    @Test
    void hazardReportIsSentWithEveryAnswer() {
        PhoneForm phone = PhoneForm.open(form("nts-hazard-report"), media)
                .answer("survey_date", LocalDate.of(2026, 11, 20))
                .answer("team", "Équipe NTS 2")
                .answer("region", "ML05")
                .answer("place", "ML050109001")
                .answer("location", POINT)
                .answer("perimeter", SHAPE)
                .answer("device_categories", List.of("AP_MINE", "UXO"))
                .answer("evidence_kind", "DIRECT")
                .answer("evidence_description", "Mine vue par un berger près du puits")
                .answer("blocked_land_use", List.of("AGRICULTURE", "WATER"))
                .answer("women", 120).answer("men", 110).answer("girls", 60).answer("boys", 55)
                .answer("description", "Champ de mil abandonné depuis 2019")
                .answer("photo", "1764332400000.jpg")
                .answer("photo_2", "1764332460000.jpg");

        Document sent = dom(phone.finish());

        assertThat(sent.getDocumentElement().getTagName()).isEqualTo("data");
        assertThat(sent.getDocumentElement().getAttribute("id")).isEqualTo("nts-hazard-report");
        assertThat(sent.getDocumentElement().getAttribute("version")).isEqualTo("2026112801");
        assertThat(text(sent, "/data/survey_date")).isEqualTo("2026-11-20");
        assertThat(text(sent, "/data/team")).isEqualTo("Équipe NTS 2");
        assertThat(text(sent, "/data/region")).isEqualTo("ML05");
        assertThat(text(sent, "/data/place")).isEqualTo("ML050109001");
        assertThat(coordinates(text(sent, "/data/location"))).containsExactly(14.4936, -4.1942, 268.0, 4.5);
        assertThat(text(sent, "/data/perimeter").split(";")).hasSize(4)
                .allSatisfy(point -> assertThat(coordinates(point)).hasSize(4));
        assertThat(coordinates(text(sent, "/data/perimeter").split(";")[1])).startsWith(14.5, -4.19);
        assertThat(text(sent, "/data/device_categories")).isEqualTo("AP_MINE UXO");
        assertThat(text(sent, "/data/evidence_kind")).isEqualTo("DIRECT");
        assertThat(text(sent, "/data/blocked_land_use")).isEqualTo("AGRICULTURE WATER");
        assertThat(text(sent, "/data/beneficiaries/women")).isEqualTo("120");
        assertThat(text(sent, "/data/beneficiaries/boys")).isEqualTo("55");
        assertThat(text(sent, "/data/photo")).isEqualTo("1764332400000.jpg");
        assertThat(text(sent, "/data/photo_2")).isEqualTo("1764332460000.jpg");
        assertThat(text(sent, "/data/meta/instanceID")).startsWith("uuid:").isEqualTo(phone.instanceId());
        assertThat(text(sent, "/data/meta/instanceName")).isEqualTo("2026-11-20 Sévaré (Socoura)");
    }

    @Test
    void accidentReportIsSentWithTwoVictims() {
        PhoneForm phone = PhoneForm.open(form("accident-report"), media)
                .answer("accident_date", LocalDate.of(2026, 11, 2))
                .answer("region", "ML05")
                .answer("place", "ML050101002")
                .answer("location", POINT)
                .answer("device_category", "IMPROVISED_MINE")
                .answer("demining_accident", "no")
                .answer("description", "Charrette sur la piste de Patia")
                .repeat("victims", victim -> victim
                        .answer("victim_name", "Aminata Traoré")
                        .answer("victim_phone", "+223 76 00 00 01")
                        .answer("victim_sex", "FEMALE")
                        .answer("victim_age", 34)
                        .answer("victim_group", "CIVILIAN")
                        .answer("victim_outcome", "INJURED")
                        .answer("victim_activity", "TRAVELLING")
                        .answer("victim_referred", "yes"))
                .repeat("victims", victim -> victim
                        .answer("victim_sex", "MALE")
                        .answer("victim_age_group", "CHILD")
                        .answer("victim_group", "CIVILIAN")
                        .answer("victim_outcome", "KILLED")
                        .answer("victim_activity", "PLAYING"))
                .answer("photo", "1764332400000.jpg");

        Document sent = dom(phone.finish());

        assertThat(text(sent, "/data/accident_date")).isEqualTo("2026-11-02");
        assertThat(text(sent, "/data/device_category")).isEqualTo("IMPROVISED_MINE");
        assertThat(text(sent, "/data/demining_accident")).isEqualTo("no");
        assertThat(count(sent, "/data/victims")).isEqualTo(2);
        assertThat(text(sent, "/data/victims[1]/victim_name")).isEqualTo("Aminata Traoré");
        assertThat(text(sent, "/data/victims[1]/victim_age")).isEqualTo("34");
        assertThat(text(sent, "/data/victims[1]/victim_age_group")).isEmpty();
        assertThat(text(sent, "/data/victims[1]/victim_referred")).isEqualTo("yes");
        assertThat(text(sent, "/data/victims[2]/victim_sex")).isEqualTo("MALE");
        assertThat(text(sent, "/data/victims[2]/victim_age")).isEmpty();
        assertThat(text(sent, "/data/victims[2]/victim_age_group")).isEqualTo("CHILD");
        assertThat(text(sent, "/data/victims[2]/victim_outcome")).isEqualTo("KILLED");
        assertThat(text(sent, "/data/victims[2]/victim_activity")).isEqualTo("PLAYING");
        assertThat(text(sent, "/data/photo")).isEqualTo("1764332400000.jpg");
        assertThat(text(sent, "/data/meta/instanceID")).startsWith("uuid:");
    }

    @Test
    void communityReportIsSent() {
        Document sent = dom(community().finish());

        assertThat(text(sent, "/data/report_date")).isEqualTo("2026-11-27");
        assertThat(text(sent, "/data/reporter_name")).isEqualTo("Boubacar Diallo");
        assertThat(text(sent, "/data/region")).isEqualTo("ML04");
        assertThat(text(sent, "/data/place")).isEqualTo("ML040216006");
        assertThat(coordinates(text(sent, "/data/location"))).containsExactly(14.4936, -4.1942, 268.0, 4.5);
        assertThat(text(sent, "/data/device_category")).isEqualTo("UXO");
        assertThat(text(sent, "/data/marked")).isEqualTo("no");
        assertThat(text(sent, "/data/meta/instanceName")).isEqualTo("2026-11-27 Diamouna (Markala)");
    }

    @Test
    void focalPointAccidentReportIsSentWithVictimsBySexAndAgeGroupOnly() {
        PhoneForm phone = PhoneForm.open(form("cfp-accident-report"), media)
                .answer("report_date", LocalDate.of(2026, 11, 20))
                .answer("focal_point", "CFP-00012")
                .answer("region", "ML05")
                .answer("place", "ML050101002")
                .answer("location", POINT)
                .answer("device_category", "UNKNOWN")
                .answer("description", "Explosion près du champ")
                .repeat("victims", victim -> victim.answer("victim_sex", "FEMALE").answer("victim_age_group", "CHILD")
                        .answer("victim_outcome", "INJURED"))
                .repeat("victims", victim -> victim.answer("victim_sex", "MALE").answer("victim_age_group", "ADULT")
                        .answer("victim_outcome", "KILLED"));

        Document sent = dom(phone.finish());

        assertThat(text(sent, "/data/focal_point")).isEqualTo("CFP-00012");
        assertThat(count(sent, "/data/victims")).isEqualTo(2);
        assertThat(text(sent, "/data/victims[1]/victim_age_group")).isEqualTo("CHILD");
        assertThat(text(sent, "/data/victims[2]/victim_outcome")).isEqualTo("KILLED");
        assertThat(count(sent, "//victim_name")).isZero();
        assertThat(text(sent, "/data/meta/instanceName")).isEqualTo("2026-11-20 Patia (Bassirou)");
    }

    @Test
    void theEngineRefusesAFocalPointCodeThatIsNotOne() {
        PhoneForm phone = community().answer("focal_point", "Moussa");

        assertThatThrownBy(phone::finish).isInstanceOf(AssertionError.class)
                .hasMessageContaining("focal_point").hasMessageContaining("CFP-00012");
    }

    @Test
    void theEngineRefusesNegativeBeneficiaries() {
        PhoneForm phone = PhoneForm.open(form("nts-hazard-report"), media)
                .answer("region", "ML05").answer("place", "ML050109001").answer("location", POINT)
                .answer("device_categories", List.of("UXO")).answer("evidence_kind", "INDIRECT")
                .answer("girls", -3);

        assertThatThrownBy(phone::finish).isInstanceOf(AssertionError.class)
                .hasMessageContaining("girls").hasMessageContaining("Enter 0 or more.");
    }

    @Test
    void theEngineRefusesAnAccidentInTheFuture() {
        PhoneForm phone = PhoneForm.open(form("accident-report"), media)
                .answer("accident_date", LocalDate.now().plusDays(2));

        assertThatThrownBy(phone::finish).isInstanceOf(AssertionError.class)
                .hasMessageContaining("accident_date").hasMessageContaining("cannot be in the future");
    }

    @Test
    void finalizingRefusesAMissingRequiredAnswer() {
        PhoneForm phone = PhoneForm.open(form("community-report"), media)
                .answer("report_date", LocalDate.of(2026, 11, 27)).answer("region", "ML04").answer("place", "ML040216006")
                .answer("location", POINT).answer("device_category", "UXO").answer("marked", "no");

        assertThatThrownBy(phone::finish).isInstanceOf(AssertionError.class)
                .hasMessageContaining("item_description").hasMessageContaining("required");
    }

    @Test
    void anEditedInstanceGetsANewInstanceIdAndDeprecatesTheOldOne() {
        PhoneForm first = community();
        byte[] saved = first.finish();

        PhoneForm edit = PhoneForm.reopen(form("community-report"), media, saved).answer("marked", "yes");
        Document sent = dom(edit.finish());

        assertThat(edit.instanceId()).startsWith("uuid:").isNotEqualTo(first.instanceId());
        assertThat(text(sent, "/data/meta/instanceID")).isEqualTo(edit.instanceId());
        assertThat(text(sent, "/data/meta/deprecatedID")).isEqualTo(first.instanceId());
        assertThat(text(sent, "/data/marked")).isEqualTo("yes");
        assertThat(text(sent, "/data/item_description")).isEqualTo("Obus rouillé au bord du canal");
        assertThat(text(sent, "/data/report_date")).isEqualTo("2026-11-27");
    }

    @Test
    void thePlaceListOffersOnlyPlacesOfTheChosenRegion() {
        PhoneForm phone = community();
        phone.finish();
        assertThat(phone.choicesOffered("region")).containsExactly("ML04", "ML05", "ML06");
        assertThat(phone.choicesOffered("place")).containsExactly("ML040216002", "ML040216006");

        PhoneForm elsewhere = community().answer("region", "ML05");
        assertThatThrownBy(elsewhere::finish).isInstanceOf(AssertionError.class)
                .hasMessageContaining("place does not offer ML040216006");
        assertThat(elsewhere.choicesOffered("place")).containsExactly("ML050101002", "ML050109001", "ML050102001");
    }

    private static PhoneForm community() {
        return PhoneForm.open(form("community-report"), media)
                .answer("report_date", LocalDate.of(2026, 11, 27))
                .answer("reporter_name", "Boubacar Diallo")
                .answer("reporter_phone", "+223 66 00 00 02")
                .answer("region", "ML04")
                .answer("place", "ML040216006")
                .answer("location", POINT)
                .answer("device_category", "UXO")
                .answer("item_description", "Obus rouillé au bord du canal")
                .answer("marked", "no")
                .answer("photo", "1764332400000.jpg");
    }

    private static byte[] form(String formId) {
        try (InputStream in = ShippedFormsTests.class.getResourceAsStream("/collection/forms/" + formId + ".xml")) {
            assertThat(in).as(formId).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document dom(byte[] xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Document document, String path) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(path, document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Document document, String path) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> coordinates(String point) {
        return Pattern.compile(" ").splitAsStream(point.trim()).map(Double::valueOf).toList();
    }
}
