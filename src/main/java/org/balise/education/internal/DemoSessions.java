package org.balise.education.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.balise.education.AudienceType;
import org.balise.education.DeliveryMethod;
import org.balise.education.EducationManagement;
import org.balise.education.SessionRequest;
import org.balise.education.TargetProgress.Counts;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.shared.PageRequest;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** With {@code --demo}: a year of risk education sessions in four regions, some repeated, and this year's targets. */
@Component
class DemoSessions implements StartupTask {

    private static final long SEED = 20261128L;
    private static final List<String> REGIONS = List.of("ML05", "ML05", "ML04", "ML06", "ML02");
    private static final List<String> MESSAGES = List.of("DO_NOT_TOUCH", "MARK_AND_REPORT", "KEEP_AWAY", "SAFE_ROUTES",
            "IED_AWARENESS", "VICTIM_ASSISTANCE", "NO_SCRAP_COLLECTION");
    private static final int SESSIONS = 120;

    private final EducationManagement education;
    private final GeographyManagement geography;
    private final Clock clock;
    private final boolean demo;

    DemoSessions(EducationManagement education, GeographyManagement geography, Clock clock,
            @Value("${balise.demo:false}") boolean demo) {
        this.education = education;
        this.geography = geography;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 125;
    }

    @Override
    public void run() {
        if (!demo || education.sessions(new PageRequest(1, 0)).total() > 0) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        var places = new java.util.HashMap<String, List<PlaceMatch>>();
        String lastGroup = null;
        for (int i = 0; i < SESSIONS; i++) {
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            List<PlaceMatch> candidates = places.computeIfAbsent(region, geography::placesIn);
            PlaceMatch place = candidates.get(random.nextInt(candidates.size()));
            boolean repeat = lastGroup != null && random.nextInt(8) == 0;
            String group = repeat ? lastGroup : "Groupe " + place.name();
            lastGroup = group;
            int girls = random.nextInt(40);
            int boys = random.nextInt(40);
            int women = 5 + random.nextInt(60);
            int men = 5 + random.nextInt(50);
            DeliveryMethod method = DeliveryMethod.values()[random.nextInt(DeliveryMethod.values().length)];
            AudienceType audience = method == DeliveryMethod.SCHOOL ? AudienceType.PUPILS
                    : AudienceType.values()[random.nextInt(AudienceType.values().length - 1)];
            education.record(new SessionRequest(today.minusDays(random.nextInt(365)).toString(),
                    new SessionRequest.Position(place.lat(), place.lon()), "Équipe EREE " + (1 + random.nextInt(4)), method.name(),
                    audience.name(), random.nextBoolean() ? "Bambara" : "Fulfulde",
                    List.of(MESSAGES.get(random.nextInt(3)), MESSAGES.get(3 + random.nextInt(4))), "Affiches, dépliants",
                    new SessionRequest.Beneficiaries(girls, boys, women, men, random.nextInt(4)), null, repeat, group));
        }
        for (String region : List.of("ML05", "ML04", "ML06", "ML02")) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                education.setTarget(region, today.getYear(), quarter, new Counts(300, 300, 400, 350));
            }
        }
    }
}
