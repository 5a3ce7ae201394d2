package org.balise.casualty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.AccidentReport.Position;
import org.balise.casualty.AccidentReport.VictimReport;
import org.balise.casualty.CasualtyManagement;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: eighty accidents of the last three years near settlements of the central and northern
 * regions, with invented victims (names included, to show how personal data is hidden). Fixed seed; loaded once.
 */
@Component
class DemoCasualties implements StartupTask {

    private static final long SEED = 1128L;
    private static final List<String> REGIONS = List.of("ML05", "ML05", "ML05", "ML04", "ML06", "ML07");
    private static final List<String> GIVEN = List.of("Aminata", "Moussa", "Fatoumata", "Boubacar", "Mariam", "Oumar",
            "Awa", "Seydou", "Kadiatou", "Hamadoun", "Aïssata", "Abdoulaye");
    private static final List<String> FAMILY = List.of("Traoré", "Diallo", "Coulibaly", "Keïta", "Cissé", "Maïga",
            "Touré", "Dicko", "Sangaré", "Guindo");

    private final CasualtyManagement casualties;
    private final GeographyManagement geography;
    private final boolean demo;

    DemoCasualties(CasualtyManagement casualties, GeographyManagement geography, @Value("${balise.demo:false}") boolean demo) {
        this.casualties = casualties;
        this.geography = geography;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public void run() {
        if (!demo || casualties.anonymisedAccidents(new PageRequest(1, 0)).total() > 0) {
            return;
        }
        Random random = new Random(SEED);
        var places = new java.util.HashMap<String, List<PlaceMatch>>();
        for (int i = 0; i < 80; i++) {
            List<PlaceMatch> candidates = places.computeIfAbsent(REGIONS.get(random.nextInt(REGIONS.size())), geography::placesIn);
            PlaceMatch place = candidates.get(random.nextInt(candidates.size()));
            double lat = place.lat() + (random.nextDouble() - 0.5) * 0.03;
            double lon = place.lon() + (random.nextDouble() - 0.5) * 0.03;
            try {
                casualties.record(new AccidentReport(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)).toString(),
                        new Position(lat, lon), random.nextInt(3) == 0 ? "UXO" : "IMPROVISED_MINE", false, null,
                        "Accident près de " + place.name(), victims(random)));
            } catch (ProblemException outside) {
                // A point drawn near the border may fall outside: skip it.
            }
        }
    }

    private static List<VictimReport> victims(Random random) {
        List<VictimReport> victims = new ArrayList<>();
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 5 : 2);
        for (int i = 0; i < count; i++) {
            boolean child = random.nextInt(3) == 0;
            boolean female = random.nextBoolean();
            String given = GIVEN.get(random.nextInt(GIVEN.size()));
            victims.add(new VictimReport(female ? "FEMALE" : "MALE", child ? 6 + random.nextInt(11) : 18 + random.nextInt(50), null,
                    random.nextInt(8) == 0 ? "MILITARY" : "CIVILIAN", random.nextInt(3) == 0 ? "KILLED" : "INJURED",
                    List.of("FARMING", "HERDING", "TRAVELLING", "COLLECTING_WOOD_OR_WATER", "PLAYING").get(random.nextInt(5)),
                    random.nextBoolean(), null, given + " " + FAMILY.get(random.nextInt(FAMILY.size())),
                    "+223 7" + (1000000 + random.nextInt(8999999)), null));
        }
        return victims;
    }
}
