package org.balise.arms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balise.arms.Building;
import org.balise.arms.BuildingRole;
import org.balise.arms.CourseAudience;
import org.balise.arms.CourseManagement;
import org.balise.arms.DestructionManagement;
import org.balise.arms.Facility;
import org.balise.arms.FacilityType;
import org.balise.arms.InventoryManagement;
import org.balise.arms.InventoryRequests;
import org.balise.arms.NewCourse;
import org.balise.arms.Weapon;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: weapons and ammunition lots in the demo facilities, some issued, transferred, lost and
 * returned, destruction events of collected weapons, and two training courses for storekeepers and managers.
 */
@Component
class DemoInventories implements StartupTask {

    private static final long SEED = 20261201L;
    private static final String[][] WEAPONS = {
        {"RIFLE", "Kalashnikov", "AKM", "7.62x39 mm", "USSR"}, {"RIFLE", "Norinco", "Type 56", "7.62x39 mm", "China"},
        {"RIFLE", "FN Herstal", "FAL", "7.62x51 mm", "Belgium"}, {"PISTOL", "Makarov", "PM", "9x18 mm", "USSR"},
        {"MACHINE_GUN", "Degtyaryov", "RPD", "7.62x39 mm", "USSR"}, {"RIFLE", "MAS", "MAS-36", "7.5x54 mm", "France"}};
    private static final Object[][] LOTS = {
        {"Cartouche 7.62x39 mm", "7.62x39 mm", "1.4", "S", 0.0016}, {"Obus de mortier 82 mm HE", "82 mm", "1.1", "E", 0.62},
        {"Grenade à main F1", "—", "1.1", "F", 0.06}, {"Roquette PG-7", "40 mm", "1.1", "E", 0.33},
        {"Cartouche 12.7x108 mm", "12.7x108 mm", "1.2.2", "E", 0.018}};

    private final InventoryManagement inventory;
    private final DestructionManagement destructions;
    private final CourseManagement courses;
    private final ArmsRepository facilities;
    private final InventoryRepository repository;
    private final Clock clock;
    private final boolean demo;

    DemoInventories(InventoryManagement inventory, DestructionManagement destructions, CourseManagement courses, ArmsRepository facilities,
            InventoryRepository repository, Clock clock, @Value("${balise.demo:false}") boolean demo) {
        this.inventory = inventory;
        this.destructions = destructions;
        this.courses = courses;
        this.facilities = facilities;
        this.repository = repository;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 141;
    }

    @Override
    public void run() {
        if (!demo || !repository.destructions(null).isEmpty() || !repository.lots(null, null).isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        List<Facility> all = facilities.facilities(null);
        int serial = 1000;
        for (Facility facility : all) {
            String received = today.minusDays(300 + random.nextInt(200)).toString();
            List<Long> weapons = new ArrayList<>();
            if (facility.type() != FacilityType.AMMUNITION_DEPOT) {
                int count = 8 + random.nextInt(12);
                for (int i = 0; i < count; i++) {
                    String[] kind = WEAPONS[random.nextInt(WEAPONS.length)];
                    Weapon weapon = inventory.receiveWeapon(facility.reference(), new InventoryRequests.NewWeapon(kind[0], kind[1], kind[2],
                            kind[3], prefix(kind[1]) + "-" + (serial++), kind[4], 1960 + random.nextInt(50), null,
                            random.nextInt(4) == 0 ? "UNSERVICEABLE" : "SERVICEABLE", received, "BR-" + facility.reference()));
                    weapons.add(weapon.id());
                }
                String later = today.minusDays(100 + random.nextInt(100)).toString();
                inventory.move(new InventoryRequests.MovementRequest("ISSUE", weapons.get(0), null, null, null, later, "OM-12", null));
                if (random.nextInt(4) == 0) {
                    inventory.move(new InventoryRequests.MovementRequest("LOSS", weapons.get(1), null, null, null, later, "PV-3",
                            "Signalée volée lors d’une attaque"));
                }
            }
            if (facility.type() != FacilityType.ARMOURY) {
                List<String> storehouses = facility.buildings().stream()
                        .filter(building -> building.role() == BuildingRole.EXPLOSIVE_STOREHOUSE).map(Building::name).toList();
                for (int i = 0; i < 2 + random.nextInt(3); i++) {
                    Object[] kind = LOTS[random.nextInt(LOTS.length)];
                    long quantity = (String.valueOf(kind[2]).equals("1.4") ? 5000 : 40) + random.nextInt(400);
                    inventory.receiveLot(facility.reference(), new InventoryRequests.NewLot((String) kind[0], (String) kind[1],
                            "L" + (1975 + random.nextInt(40)) + "-" + (100 + random.nextInt(900)), (String) kind[2], (String) kind[3],
                            (Double) kind[4], random.nextInt(5) == 0 ? "UNSERVICEABLE" : "SERVICEABLE", null, quantity, received,
                            "BR-" + facility.reference(), storehouses.isEmpty() ? null : storehouses.get(i % storehouses.size())));
                }
            }
            if (weapons.size() > 4 && random.nextInt(3) == 0) {
                destructions.record(new InventoryRequests.NewDestruction(facility.reference(), "CUTTING", "Camp " + facility.adm3Name(),
                        today.minusDays(20 + random.nextInt(60)).toString(), "CNLPAL; représentant de la société civile",
                        "CNLPAL-DEST-" + facility.reference(), weapons.subList(weapons.size() - 3, weapons.size()), List.of()));
            }
        }
        courses(all, today, random);
    }

    /** Two courses: storekeepers of the first facilities, then their managers. */
    private void courses(List<Facility> all, LocalDate today, Random random) {
        for (CourseAudience audience : CourseAudience.values()) {
            List<NewCourse.NewAttendee> attendees = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Facility facility = all.get(i % all.size());
                int post = 55 + random.nextInt(45);
                attendees.add(new NewCourse.NewAttendee(NAMES[i % NAMES.length], facility.reference(),
                        audience == CourseAudience.STOREKEEPERS ? "Magasinier" : "Chef de dépôt", 30 + random.nextInt(35), post,
                        post >= 70 ? "PSSM-" + audience.name().charAt(0) + "-" + (100 + i) : null));
            }
            LocalDate start = today.minusDays(audience == CourseAudience.STOREKEEPERS ? 150 : 60);
            courses.record(new NewCourse(audience == CourseAudience.STOREKEEPERS ? "Gestion et sécurité des stocks d’armes"
                    : "Gestion des dépôts de munitions", audience.name(), start.toString(), start.plusDays(4).toString(),
                    "École de maintien de la paix, Bamako", "Équipe PSSM", attendees));
        }
    }

    private static final String[] NAMES = {"Sgt Diarra", "Cpl Sangaré", "Adj Traoré", "Sgt Konaté", "Lt Kanté", "Sgt Doumbia",
        "Cpl Sissoko", "Adj Coulibaly", "Sgt Samaké", "Lt Bagayoko", "Cpl Dembélé", "Sgt Fofana"};

    private static String prefix(String make) {
        return make.replaceAll("[^A-Za-z]", "").substring(0, 2).toUpperCase(java.util.Locale.ROOT);
    }
}
