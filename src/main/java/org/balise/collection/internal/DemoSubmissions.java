package org.balise.collection.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.identity.AppUserCredentials;
import org.balise.identity.AppUserManagement;
import org.balise.identity.PhoneUser;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: two phones and a review queue with survey, community and accident submissions near real
 * villages, received as a phone sends them, so that a reviewer has something to decide on.
 */
@Component
class DemoSubmissions implements StartupTask {

    private static final long SEED = 20261128L;
    private static final List<String> CATEGORIES = List.of("UXO", "AP_MINE", "IMPROVISED_MINE", "AXO", "IED_OTHER");

    private final SubmissionReceiver receiver;
    private final CollectionRepository repository;
    private final AppUserManagement appUsers;
    private final GeographyManagement geography;
    private final Clock clock;
    private final boolean demo;

    DemoSubmissions(SubmissionReceiver receiver, CollectionRepository repository, AppUserManagement appUsers,
            GeographyManagement geography, Clock clock, @Value("${balise.demo:false}") boolean demo) {
        this.receiver = receiver;
        this.repository = repository;
        this.appUsers = appUsers;
        this.geography = geography;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public void run() {
        if (!demo || !repository.submitters().isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        PhoneUser mopti = phone(appUsers.create("Équipe ENT 2 Mopti (démo)"));
        PhoneUser segou = phone(appUsers.create("Point focal Ségou (démo)"));
        LocalDate today = LocalDate.now(clock);
        List<PlaceMatch> moptiPlaces = geography.placesIn("ML05");
        List<PlaceMatch> segouPlaces = geography.placesIn("ML04");
        for (int i = 0; i < 6; i++) {
            PlaceMatch place = moptiPlaces.get(random.nextInt(moptiPlaces.size()));
            send(mopti, survey(place, today.minusDays(1 + random.nextInt(20)), random));
        }
        for (int i = 0; i < 5; i++) {
            PlaceMatch place = segouPlaces.get(random.nextInt(segouPlaces.size()));
            send(segou, community(place, today.minusDays(1 + random.nextInt(20)), random));
        }
        PlaceMatch place = moptiPlaces.get(random.nextInt(moptiPlaces.size()));
        send(mopti, accident(place, today.minusDays(4)));
    }

    private void send(PhoneUser phone, String xml) {
        receiver.receive(phone, xml.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static PhoneUser phone(AppUserCredentials credentials) {
        return new PhoneUser(credentials.id(), credentials.username(), credentials.displayName(), Set.of());
    }

    private String survey(PlaceMatch place, LocalDate date, Random random) {
        double lat = place.lat() + (random.nextDouble() - 0.5) * 0.02;
        double lon = place.lon() + (random.nextDouble() - 0.5) * 0.02;
        double d = 0.002 + random.nextDouble() * 0.003;
        String perimeter = String.format(Locale.ROOT, "%.5f %.5f 0 0;%.5f %.5f 0 0;%.5f %.5f 0 0;%.5f %.5f 0 0;%.5f %.5f 0 0",
                lat, lon, lat + d, lon, lat + d, lon + d, lat, lon + d, lat, lon);
        boolean direct = random.nextBoolean();
        return head("nts-hazard-report") + "<survey_date>" + date + "</survey_date><team>Équipe ENT 2</team><region>"
                + place.adm1().pcode() + "</region><place>" + place.pcode() + "</place>" + point("location", lat, lon)
                + "<perimeter>" + perimeter + "</perimeter><device_categories>" + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
                + "</device_categories><evidence_kind>" + (direct ? "DIRECT" : "INDIRECT") + "</evidence_kind><evidence_description>"
                + (direct ? "Engin vu par des bergers" : "Zone évitée par les habitants depuis 2019")
                + "</evidence_description><blocked_land_use>AGRICULTURE GRAZING</blocked_land_use><beneficiaries><women>"
                + (20 + random.nextInt(200)) + "</women><men>" + (20 + random.nextInt(200)) + "</men><girls>" + random.nextInt(100)
                + "</girls><boys>" + random.nextInt(100) + "</boys></beneficiaries><description>Champs abandonnés près de "
                + escape(place.name()) + "</description><photo/><photo_2/>" + meta(date + " " + escape(place.name())) + "</data>";
    }

    private String community(PlaceMatch place, LocalDate date, Random random) {
        double lat = place.lat() + (random.nextDouble() - 0.5) * 0.01;
        double lon = place.lon() + (random.nextDouble() - 0.5) * 0.01;
        return head("community-report") + "<report_date>" + date + "</report_date><focal_point>CFP-000" + (10 + random.nextInt(30))
                + "</focal_point><reporter_name>Point focal "
                + escape(place.name()) + "</reporter_name><reporter_phone>+223 70 00 00 0" + random.nextInt(10) + "</reporter_phone><region>"
                + place.adm1().pcode() + "</region><place>" + place.pcode() + "</place>" + point("location", lat, lon)
                + "<device_category>" + CATEGORIES.get(random.nextInt(CATEGORIES.size())) + "</device_category><item_description>"
                + "Objet métallique trouvé par des enfants près du puits</item_description><marked>" + (random.nextBoolean() ? "yes" : "no")
                + "</marked><photo/>" + meta(date + " " + escape(place.name())) + "</data>";
    }

    private String accident(PlaceMatch place, LocalDate date) {
        return head("accident-report") + "<accident_date>" + date + "</accident_date><region>" + place.adm1().pcode()
                + "</region><place>" + place.pcode() + "</place>" + point("location", place.lat() + 0.004, place.lon() - 0.003)
                + "<device_category>IMPROVISED_MINE</device_category><demining_accident>no</demining_accident><description>"
                + "Charrette sur la piste</description><victims><victim_name>Victime de démonstration</victim_name><victim_phone/>"
                + "<victim_sex>MALE</victim_sex><victim_age>27</victim_age><victim_group>CIVILIAN</victim_group>"
                + "<victim_outcome>INJURED</victim_outcome><victim_activity>TRAVELLING</victim_activity><victim_referred>yes"
                + "</victim_referred></victims><photo/>" + meta(date + " " + escape(place.name())) + "</data>";
    }

    private String head(String formId) {
        String version = repository.form(formId).orElseThrow().currentVersion();
        return "<?xml version='1.0' encoding='UTF-8' ?><data id=\"" + formId + "\" version=\"" + version + "\">";
    }

    private static String escape(String text) {
        return org.balise.shared.web.OpenRosaResponse.escape(text);
    }

    private static String point(String name, double lat, double lon) {
        return String.format(Locale.ROOT, "<%s>%.5f %.5f 280.0 5.0</%s>", name, lat, lon, name);
    }

    private static String meta(String name) {
        return "<meta><instanceID>uuid:" + UUID.randomUUID() + "</instanceID><instanceName>" + name + "</instanceName></meta>";
    }
}
