package org.balise.collection.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.balise.collection.Answers;
import org.junit.jupiter.api.Test;

class SubmissionXmlTests {

    private static final String ACCIDENT = """
            <?xml version='1.0' encoding='UTF-8' ?><data xmlns:jr="http://openrosa.org/javarosa" id="accident-report" \
            version="2026112801"><accident_date>2026-11-02</accident_date><location>14.49 -4.19 268.0 4.5</location>\
            <victims><victim_sex>FEMALE</victim_sex><victim_age>34</victim_age></victims>\
            <victims><victim_sex>MALE</victim_sex><victim_age/><victim_age_group>CHILD</victim_age_group></victims>\
            <photo>1.jpg</photo><meta><instanceID>uuid:b</instanceID><instanceName>Patia</instanceName>\
            <deprecatedID>uuid:a</deprecatedID></meta></data>""";

    @Test
    void readsIdentityAndAnswersWithRepeats() throws Exception {
        SubmissionXml xml = SubmissionXml.parse(ACCIDENT.getBytes(UTF_8));

        assertThat(xml.formId()).isEqualTo("accident-report");
        assertThat(xml.version()).isEqualTo("2026112801");
        assertThat(xml.instanceId()).isEqualTo("uuid:b");
        assertThat(xml.deprecatedId()).isEqualTo("uuid:a");
        assertThat(xml.instanceName()).isEqualTo("Patia");
        Answers answers = xml.answers(java.util.Set.of("victims"));
        assertThat(answers.text("accident_date")).isEqualTo("2026-11-02");
        assertThat(answers.position("location")).isEqualTo(new Answers.Position(14.49, -4.19));
        assertThat(answers.repeat("victims")).hasSize(2);
        assertThat(answers.repeat("victims").get(0).integer("victim_age")).isEqualTo(34);
        assertThat(answers.repeat("victims").get(1).integer("victim_age")).isNull();
        assertThat(answers.repeat("victims").get(1).text("victim_age_group")).isEqualTo("CHILD");
        assertThat(answers.values()).doesNotContainKey("meta/instanceID");
    }

    @Test
    void findsTheFilesTheAnswersReferTo() throws Exception {
        FormDefinition form = FormDefinition.parse(shipped("accident-report"));

        SubmissionXml xml = SubmissionXml.parse(ACCIDENT.getBytes(UTF_8));

        assertThat(SubmissionXml.attachmentNames(form, xml.answers(form.repeats()))).containsExactly("1.jpg");
    }

    @Test
    void refusesDoctypeExternalEntitiesAndBrokenXml() {
        assertThatThrownBy(() -> SubmissionXml.parse("""
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><data id="f">&x;</data>""".getBytes(UTF_8)))
                .isInstanceOf(SafeXml.Refused.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> SubmissionXml.parse("<data id=\"f\"><meta>".getBytes(UTF_8)))
                .isInstanceOf(SafeXml.Refused.class).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> SubmissionXml.parse("<data><meta><instanceID>uuid:x</instanceID></meta></data>".getBytes(UTF_8)))
                .isInstanceOf(SafeXml.Refused.class).hasMessageContaining("form id");
        assertThatThrownBy(() -> SubmissionXml.parse("<data id=\"f\"><meta/></data>".getBytes(UTF_8)))
                .isInstanceOf(SafeXml.Refused.class).hasMessageContaining("instanceID");
    }

    @Test
    void positionsOutOfRangeOrMalformedAreNotPositions() throws Exception {
        Answers answers = SubmissionXml.parse("""
                <data id="f"><a>91 10 0 0</a><b>NaN 1</b><c>12</c><d>12 -8;13 -8 0 0</d><meta><instanceID>uuid:x</instanceID></meta></data>"""
                .getBytes(UTF_8)).answers(java.util.Set.of());

        assertThat(answers.position("a")).isNull();
        assertThat(answers.position("b")).isNull();
        assertThat(answers.position("c")).isNull();
        assertThat(answers.positions("d")).containsExactly(new Answers.Position(12, -8), new Answers.Position(13, -8));
    }

    @Test
    void formDefinitionsGiveLabelsInTheReadersLanguage() throws Exception {
        FormDefinition form = FormDefinition.parse(shipped("community-report"));

        assertThat(form.formId()).isEqualTo("community-report");
        assertThat(form.rootName()).isEqualTo("data");
        assertThat(form.mediaFiles()).containsExactlyInAnyOrder("regions.csv", "places.csv");
        assertThat(form.binaryPaths()).containsExactly("photo");
        assertThat(form.field("device_category").label(Locale.FRENCH)).isEqualTo("Type d’engin");
        assertThat(form.field("device_category").choiceLabel("UXO", Locale.ENGLISH)).isEqualTo("Unexploded ordnance (UXO)");
        assertThat(form.md5()).hasSize(32);
    }

    @Test
    void refusesFormsWithUnsafeIdentifiers() {
        String form = """
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"><h:head><model><instance>\
                <data id="../../etc" version="1"/></instance></model></h:head><h:body/></h:html>""";

        assertThatThrownBy(() -> FormDefinition.parse(form.getBytes(UTF_8))).isInstanceOf(FormDefinition.Invalid.class)
                .hasMessageContaining("form ID");
    }

    private static byte[] shipped(String formId) throws IOException {
        try (InputStream in = SubmissionXmlTests.class.getResourceAsStream("/collection/forms/" + formId + ".xml")) {
            return in.readAllBytes();
        }
    }
}
