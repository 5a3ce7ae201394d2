package org.balise.arms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balise.arms.AssessmentManagement;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.Facility;
import org.balise.arms.FacilityManagement;
import org.balise.arms.FacilityType;
import org.balise.arms.NewAssessment;
import org.balise.arms.NewFacility;
import org.balise.arms.PlanChange;
import org.balise.arms.PlanItem;
import org.balise.arms.PlanManagement;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.balise.identity.IdentityManagement;
import org.balise.identity.Institution;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: 30 storage facilities of five institutions in Kayes, Koulikoro, Sikasso and Ségou, with
 * their buildings, one assessment each and the plan items raised from it; a third carried out their plan and were
 * assessed again. Three are stores of
 * the national commission (CNLPAL) for collected weapons, which the demo authority user sees.
 */
@Component
class DemoFacilities implements StartupTask {

    private static final long SEED = 20261130L;
    private static final List<String> REGIONS = List.of("ML01", "ML02", "ML03", "ML04");
    private static final List<String[]> OWNERS = List.of(
            new String[] {"Forces armées maliennes", "FAMa"}, new String[] {"Gendarmerie nationale", "GN"},
            new String[] {"Garde nationale du Mali", "GNM"}, new String[] {"Police nationale", "PN"});

    private final FacilityManagement facilities;
    private final AssessmentManagement assessments;
    private final AssessmentTemplates templates;
    private final PlanManagement plans;
    private final IdentityManagement identity;
    private final GeographyManagement geography;
    private final ArmsRepository repository;
    private final Clock clock;
    private final boolean demo;

    DemoFacilities(FacilityManagement facilities, AssessmentManagement assessments, AssessmentTemplates templates, PlanManagement plans,
            IdentityManagement identity, GeographyManagement geography, ArmsRepository repository, Clock clock,
            @Value("${balise.demo:false}") boolean demo) {
        this.facilities = facilities;
        this.assessments = assessments;
        this.templates = templates;
        this.plans = plans;
        this.identity = identity;
        this.geography = geography;
        this.repository = repository;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public void run() {
        if (!demo || !repository.facilities(null).isEmpty()) {
            return;
        }
        List<Institution> owners = new ArrayList<>();
        for (String[] owner : OWNERS) {
            owners.add(institution(owner[0], owner[1]));
        }
        Institution commission = identity.institutions().stream().filter(known -> "CNLPAL".equals(known.acronym())).findFirst()
                .orElseGet(() -> institution("Commission nationale de lutte contre la prolifération des armes légères", "CNLPAL"));
        AssessmentTemplate template = templates.find(AssessmentManagement.DEFAULT_TEMPLATE, null).orElseThrow();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 30; i++) {
            String region = REGIONS.get(i % REGIONS.size());
            List<PlaceMatch> places = geography.placesIn(region);
            PlaceMatch place = places.get(random.nextInt(places.size()));
            boolean commissionStore = i < 3;
            Institution owner = commissionStore ? commission : owners.get(random.nextInt(owners.size()));
            FacilityType type = commissionStore ? FacilityType.ARMOURY : FacilityType.values()[random.nextInt(FacilityType.values().length)];
            Facility facility = facilities.register(new NewFacility(name(type, owner, place), type.name(), owner.id(),
                    commissionStore ? "Magasin des armes collectées" : unit(owner, random), new NewFacility.Position(place.lat(), place.lon()),
                    type == FacilityType.AMMUNITION_DEPOT ? null : 50 + random.nextInt(400),
                    type == FacilityType.ARMOURY ? null : 500.0 + random.nextInt(20_000), "OPERATIONAL",
                    buildings(type, place, random)));
            double quality = 0.35 + random.nextDouble() * 0.5;
            LocalDate first = today.minusDays(400 + random.nextInt(300));
            String before = assessments.record(facility.reference(), assessment(template, type, first, quality, random)).reference();
            boolean refurbished = i % 3 == 0;
            for (PlanItem item : plans.raise(facility.reference(), before)) {
                double cost = 500 + random.nextInt(40) * 250;
                String status = refurbished ? (random.nextInt(5) == 0 ? "IN_PROGRESS" : "DONE") : (random.nextInt(4) == 0 ? "IN_PROGRESS" : null);
                plans.update(item.id(), new PlanChange(status, cost, first.plusDays(30 + random.nextInt(60)).toString(),
                        "DONE".equals(status) ? first.plusDays(120 + random.nextInt(60)).toString() : null, null));
            }
            if (refurbished) {
                assessments.record(facility.reference(), assessment(template, type, first.plusDays(200 + random.nextInt(150)),
                        Math.min(1.0, quality + 0.35), random));
            }
        }
    }

    private Institution institution(String name, String acronym) {
        return identity.institutions().stream().filter(known -> acronym.equals(known.acronym())).findFirst()
                .orElseGet(() -> identity.createInstitution(name, acronym));
    }

    private static String name(FacilityType type, Institution owner, PlaceMatch place) {
        String kind = switch (type) {
            case ARMOURY -> "Armurerie";
            case AMMUNITION_DEPOT -> "Dépôt de munitions";
            case MIXED -> "Dépôt d’armes et de munitions";
            case UNIT_STORE -> "Magasin d’unité";
        };
        return kind + " " + owner.acronym() + " " + place.name();
    }

    private static String unit(Institution owner, Random random) {
        return switch (owner.acronym()) {
            case "FAMa" -> (1 + random.nextInt(8)) + "e région militaire";
            case "GN" -> "Légion de gendarmerie";
            case "GNM" -> "Groupement de la garde";
            default -> "Commissariat";
        };
    }

    /** Storehouses 80–250 m apart around the facility's point, a guard house at the gate, an office. */
    private static List<NewFacility.NewBuilding> buildings(FacilityType type, PlaceMatch place, Random random) {
        List<NewFacility.NewBuilding> buildings = new ArrayList<>();
        int storehouses = type == FacilityType.ARMOURY || type == FacilityType.UNIT_STORE ? 1 : 2 + random.nextInt(2);
        for (int s = 0; s < storehouses; s++) {
            double metresNorth = 80 + s * (80 + random.nextInt(170));
            buildings.add(new NewFacility.NewBuilding("Magasin " + (s + 1),
                    type == FacilityType.ARMOURY ? "OTHER" : "EXPLOSIVE_STOREHOUSE",
                    place.lat() + metresNorth / 111_320, place.lon() + (random.nextDouble() - 0.5) * 0.002));
        }
        buildings.add(new NewFacility.NewBuilding("Poste de garde", "GUARD_HOUSE", place.lat() - 0.0004, place.lon()));
        buildings.add(new NewFacility.NewBuilding("Bureau", "OFFICE", place.lat() - 0.0006, place.lon() + 0.0003));
        return buildings;
    }

    /** Each applicable question answered YES with the given probability; critical ones a little more often. */
    private static NewAssessment assessment(AssessmentTemplate template, FacilityType type, LocalDate on, double quality, Random random) {
        List<NewAssessment.AnswerInput> answers = template.questions().filter(question -> type.holds(question.appliesTo()))
                .map(question -> new NewAssessment.AnswerInput(question.code(),
                        random.nextDouble() < (question.critical() ? quality + 0.15 : quality) ? "YES" : "NO", null))
                .toList();
        return new NewAssessment(template.code(), template.version(), on.toString(), "Équipe d’évaluation des stocks", answers, null);
    }
}
