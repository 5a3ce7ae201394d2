package org.balise.community.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.balise.casualty.Accident;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.CasualtyManagement;
import org.balise.community.CommunityManagement;
import org.balise.community.FocalPoint;
import org.balise.community.ReportKind;
import org.balise.community.VictimCounts;
import org.balise.geography.GeographyManagement;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.HazardReport;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.NearbyArea;
import org.balise.hazard.ReportRequests;
import org.balise.shared.PageRequest;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: 30 approved reports from the demo focal points, dangerous items at every stage of their
 * follow-up (received, verified, merged into an area, cleared, nothing found) and accidents with their victims.
 */
@Component
class DemoCfpReports implements StartupTask {

    private static final long SEED = 20261129L;
    private static final List<String> ITEMS = List.of("UXO", "UXO", "IMPROVISED_MINE", "AXO", "UNKNOWN");

    private final CommunityManagement community;
    private final CommunityRepository repository;
    private final HazardReportManagement hazardReports;
    private final HazardManagement areas;
    private final CasualtyManagement casualties;
    private final GeographyManagement geography;
    private final Clock clock;
    private final boolean demo;

    DemoCfpReports(CommunityManagement community, CommunityRepository repository, HazardReportManagement hazardReports,
            HazardManagement areas, CasualtyManagement casualties, GeographyManagement geography, Clock clock,
            @Value("${balise.demo:false}") boolean demo) {
        this.community = community;
        this.repository = repository;
        this.hazardReports = hazardReports;
        this.areas = areas;
        this.casualties = casualties;
        this.geography = geography;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 127;
    }

    @Override
    public void run() {
        if (!demo || repository.countReports(new CommunityRepository.ReportFilter(List.of(), null, null, null)) > 0) {
            return;
        }
        List<FocalPoint> points = community.focalPoints(new PageRequest(PageRequest.MAX_LIMIT, 0)).items();
        if (points.isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 30; i++) {
            FocalPoint point = points.get(random.nextInt(points.size()));
            double lat = point.lat() + (random.nextDouble() - 0.5) * 0.02;
            double lon = point.lon() + (random.nextDouble() - 0.5) * 0.02;
            LocalDate date = today.minusDays(5 + random.nextInt(330));
            var location = geography.tryLocate(lat, lon).orElse(null);
            if (location == null) {
                continue;
            }
            String reference = repository.nextReportReference();
            if (i % 5 == 4) {
                Accident accident = casualties.record(new AccidentReport(date.toString(), new AccidentReport.Position(lat, lon),
                        "UNKNOWN", false, null, "Signalé par le point focal " + point.reference(), List.of(
                                new AccidentReport.VictimReport("MALE", null, "CHILD", null, "INJURED", "PLAYING", null, null, null,
                                        null, null),
                                new AccidentReport.VictimReport("FEMALE", null, "ADULT", null, random.nextBoolean() ? "KILLED" : "INJURED",
                                        "FARMING", null, null, null, null, null))));
                repository.insertReport(new CommunityRepository.NewReport(reference, ReportKind.ACCIDENT, repository.idOf(point.reference())
                        .orElseThrow(), null, null, date, lat, lon, location, "UNKNOWN", "Explosion dans un champ",
                        null, new VictimCounts(0, 1, 1, 0, 0), null, accident.reference(), null), clock.instant());
                continue;
            }
            String item = ITEMS.get(random.nextInt(ITEMS.size()));
            HazardReport hazard = hazardReports.record(new ReportRequests.NewReport("COMMUNITY", date.toString(),
                    new ReportRequests.Position(lat, lon), List.of(item), "Objet suspect signalé par la communauté",
                    "Focal point " + point.reference()));
            repository.insertReport(new CommunityRepository.NewReport(reference, ReportKind.DANGEROUS_ITEM,
                    repository.idOf(point.reference()).orElseThrow(), null, null, date, lat, lon, location, item,
                    "Objet suspect près du village", random.nextBoolean(), VictimCounts.NONE, hazard.reference(), null, null),
                    clock.instant());
            LocalDate visit = date.plusDays(1 + random.nextInt(4));
            switch (i % 5) {
                case 1 -> repository.verifyReport(reference, "Équipe NTS 2", visit);
                case 2 -> hazardReports.spotTask(hazard.reference(), new ReportRequests.NewSpotTask("Équipe EOD 1", visit.toString(),
                        false, "IN_SITU_DEMOLITION", null, List.of(new ReportRequests.DeviceReport("UXO", "Obus de mortier 82 mm", 1,
                                "FUZED", 0, lat, lon))));
                case 3 -> {
                    List<NearbyArea> near = areas.openAreasNear(lat, lon, 10_000);
                    if (near.isEmpty()) {
                        hazardReports.spotTask(hazard.reference(), new ReportRequests.NewSpotTask("Équipe EOD 2", visit.toString(),
                                true, null, "Rien trouvé : un morceau de ferraille", List.of()));
                    } else {
                        hazardReports.link(hazard.reference(), near.getFirst().area().reference());
                    }
                }
                default -> {
                }
            }
        }
    }
}
