package org.balise.community.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.balise.community.AgeBand;
import org.balise.community.CommunityManagement;
import org.balise.community.FocalPoint;
import org.balise.community.NewFocalPoint;
import org.balise.community.Profile;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.shared.PageRequest;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** With {@code --demo}: 40 focal points in four regions, trained over the last two years, some due a refresher. */
@Component
class DemoFocalPoints implements StartupTask {

    private static final long SEED = 20261128L;
    private static final List<String> REGIONS = List.of("ML05", "ML05", "ML04", "ML06", "ML02");
    private static final List<String> FIRST_NAMES = List.of("Aminata", "Moussa", "Fatoumata", "Boubacar", "Mariam", "Oumar",
            "Kadiatou", "Seydou", "Awa", "Hamadoun");
    private static final List<String> LAST_NAMES = List.of("Traoré", "Diallo", "Coulibaly", "Keïta", "Cissé", "Maïga", "Touré", "Dicko");

    private final CommunityManagement community;
    private final GeographyManagement geography;
    private final Clock clock;
    private final boolean demo;

    DemoFocalPoints(CommunityManagement community, GeographyManagement geography, Clock clock,
            @Value("${balise.demo:false}") boolean demo) {
        this.community = community;
        this.geography = geography;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 126;
    }

    @Override
    public void run() {
        if (!demo || community.focalPoints(new PageRequest(1, 0)).total() > 0) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        var places = new java.util.HashMap<String, List<PlaceMatch>>();
        for (int i = 0; i < 40; i++) {
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            List<PlaceMatch> candidates = places.computeIfAbsent(region, geography::placesIn);
            PlaceMatch place = candidates.get(random.nextInt(candidates.size()));
            boolean woman = random.nextBoolean();
            Profile profile = Profile.values()[random.nextInt(Profile.values().length)];
            LocalDate joined = today.minusDays(200 + random.nextInt(500));
            FocalPoint point = community.register(new NewFocalPoint(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                    + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())), "+223 7" + (1000000 + random.nextInt(8999999)),
                    woman ? "FEMALE" : "MALE", AgeBand.values()[random.nextInt(AgeBand.values().length)].name(), profile.name(),
                    place.pcode(), random.nextBoolean() ? "Bambara, Français" : "Fulfulde", joined.toString(),
                    random.nextInt(10) == 0 ? "INACTIVE" : "ACTIVE"));
            community.addTraining(point.reference(), joined.toString(), "Formation initiale de point focal", "Équipe EREE 1",
                    30 + random.nextInt(30), 65 + random.nextInt(30));
            if (random.nextBoolean()) {
                LocalDate refresher = joined.plusDays(300 + random.nextInt(60));
                if (!refresher.isAfter(today)) {
                    community.addTraining(point.reference(), refresher.toString(), "Recyclage : signalement et balisage",
                            "Équipe EREE 2", 55 + random.nextInt(20), 75 + random.nextInt(25));
                }
            }
        }
    }
}
