package org.balise.community.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.casualty.Accident;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.AccidentReport.VictimReport;
import org.balise.casualty.CasualtyManagement;
import org.balise.collection.Answers;
import org.balise.collection.RecordLink;
import org.balise.collection.SubmissionHandler;
import org.balise.collection.SubmittedForm;
import org.balise.community.ReportKind;
import org.balise.community.VictimCounts;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.HazardReport;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.NearbyArea;
import org.balise.hazard.ReportRequests;
import org.balise.hazard.ReportSource;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The focal points' forms. A dangerous-item report becomes a hazard report (merged into an existing area when
 * the reviewer links it); an accident report becomes an accident with its victims (or is linked to one already
 * recorded). Either way the community report is kept with what it became, so that its follow-up can be told.
 */
@Component
class FocalPointSubmissions implements SubmissionHandler {

    static final String ITEM_FORM = "community-report";
    static final String ACCIDENT_FORM = "cfp-accident-report";
    private static final double AREA_CANDIDATE_METRES = 2_000;

    private final CommunityRepository repository;
    private final HazardReportManagement hazardReports;
    private final HazardManagement areas;
    private final CasualtyManagement casualties;
    private final GeographyManagement geography;
    private final Clock clock;

    FocalPointSubmissions(CommunityRepository repository, HazardReportManagement hazardReports, HazardManagement areas,
            CasualtyManagement casualties, GeographyManagement geography, Clock clock) {
        this.repository = repository;
        this.hazardReports = hazardReports;
        this.areas = areas;
        this.casualties = casualties;
        this.geography = geography;
        this.clock = clock;
    }

    @Override
    public Set<String> formIds() {
        return Set.of(ITEM_FORM, ACCIDENT_FORM);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.GENERAL;
    }

    @Override
    public List<String> warnings(SubmittedForm submission, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        List<String> warnings = new ArrayList<>();
        String code = focalPointCode(submission.answers());
        if (code != null && repository.idOf(code).isEmpty()) {
            warnings.add(french ? "Aucun point focal n’a le code " + code + " : le signalement sera enregistré sans point focal."
                    : "No focal point has the code " + code + ": the report will be recorded without a focal point.");
        }
        boolean accident = isAccident(submission);
        for (RecordLink candidate : linkCandidates(submission)) {
            String what = candidate.reference() + " (" + candidate.description() + ")";
            warnings.add(accident ? (french ? "Doublon possible de l’accident " + what : "Possible duplicate of accident " + what)
                    : (french ? "Zone dangereuse ouverte à proximité : " + what + ". Liez-y le signalement s’il s’agit du même danger."
                            : "Open hazardous area nearby: " + what + ". Link the report to it if it is the same hazard."));
        }
        if (accident && submission.answers().repeat("victims").isEmpty()) {
            warnings.add(french ? "Aucune victime n’est décrite." : "No victim is described.");
        }
        return warnings;
    }

    @Override
    public List<RecordLink> linkCandidates(SubmittedForm submission) {
        Answers.Position position = submission.answers().position("location");
        if (position == null) {
            return List.of();
        }
        if (isAccident(submission)) {
            LocalDate date = date(submission.answers().text("report_date"));
            return date == null ? List.of() : casualties.accidentsNear(position.lat(), position.lon(), date).stream()
                    .map(hit -> new RecordLink("accident", hit.accident().reference(), hit.accident().date() + ", "
                            + hit.accident().victims().size() + " victim(s), " + hit.metres() + " m",
                            "/casualties/" + hit.accident().reference()))
                    .toList();
        }
        return areas.openAreasNear(position.lat(), position.lon(), AREA_CANDIDATE_METRES).stream()
                .map((NearbyArea hit) -> new RecordLink("hazard-area", hit.area().reference(), hit.area().details().name()
                        + " (" + hit.area().details().type() + ", " + hit.metres() + " m)", "/hazards/" + hit.area().reference()))
                .toList();
    }

    @Override
    public List<RecordLink> approve(SubmittedForm submission, String linkTo) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        if (position == null) {
            throw ProblemException.invalid("location", "required", "The report has no location");
        }
        Location location = geography.locateInput(position.lat(), position.lon(), "location");
        String reporterName = personal(answers.text("reporter_name"), 200, "reporter_name");
        String reporterPhone = personal(answers.text("reporter_phone"), 40, "reporter_phone");
        String code = focalPointCode(answers);
        Long focalPointId = code == null ? null : repository.idOf(code).orElse(null);
        String reference = repository.nextReportReference();
        List<RecordLink> records = new ArrayList<>();
        if (isAccident(submission)) {
            Accident accident = linkTo != null ? casualties.accident(linkTo) : casualties.record(accident(submission));
            records.add(new RecordLink("accident", accident.reference(), linkTo != null ? "linked" : accident.date() + ", "
                    + accident.victims().size() + " victim(s)", "/casualties/" + accident.reference()));
            repository.insertReport(new CommunityRepository.NewReport(reference, ReportKind.ACCIDENT, focalPointId, reporterName,
                    reporterPhone, accident.date(), position.lat(), position.lon(), location, accident.deviceCategory().name(),
                    answers.text("description"), null, victims(answers), null, accident.reference(), submission.instanceId()),
                    clock.instant());
        } else {
            HazardReport hazardReport = hazardReports.record(hazardReport(submission));
            records.add(new RecordLink("hazard-report", hazardReport.reference(), hazardReport.source() + " " + hazardReport.date(),
                    "/hazard-reports/" + hazardReport.reference()));
            if (linkTo != null) {
                hazardReports.link(hazardReport.reference(), areas.area(linkTo).reference());
                records.add(new RecordLink("hazard-area", linkTo, "linked", "/hazards/" + linkTo));
            }
            repository.insertReport(new CommunityRepository.NewReport(reference, ReportKind.DANGEROUS_ITEM, focalPointId,
                    reporterName, reporterPhone, hazardReport.date(), position.lat(), position.lon(), location,
                    answers.text("device_category"), answers.text("item_description"), answers.yesNo("marked"), VictimCounts.NONE,
                    hazardReport.reference(), null, submission.instanceId()), clock.instant());
        }
        records.add(new RecordLink("cfp-report", reference, code == null ? "community report" : "reported by " + code,
                "/community/reports/" + reference));
        return records;
    }

    private static ReportRequests.NewReport hazardReport(SubmittedForm submission) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        StringBuilder description = new StringBuilder();
        String item = answers.text("item_description");
        if (item != null && !item.isBlank()) {
            description.append(item.strip()).append(' ');
        }
        Boolean marked = answers.yesNo("marked");
        if (marked != null) {
            description.append(marked ? "Item marked. " : "Item not marked. ");
        }
        description.append("Submission ").append(submission.instanceId());
        String code = focalPointCode(answers);
        return new ReportRequests.NewReport(ReportSource.COMMUNITY.name(), answers.text("report_date"),
                new ReportRequests.Position(position.lat(), position.lon()), answers.list("device_category"),
                description.toString(), code == null ? submission.submittedBy() : "Focal point " + code);
    }

    private static AccidentReport accident(SubmittedForm submission) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        List<VictimReport> victims = answers.repeat("victims").stream().map(victim -> new VictimReport(
                victim.text("victim_sex"), null, victim.text("victim_age_group"), null, victim.text("victim_outcome"),
                victim.text("victim_activity"), null, null, null, null, null)).toList();
        String description = answers.text("description");
        return new AccidentReport(answers.text("report_date"), new AccidentReport.Position(position.lat(), position.lon()),
                answers.text("device_category"), false, null,
                (description == null ? "" : description.strip() + " ") + "Submission " + submission.instanceId(), victims);
    }

    /** Victims by sex and age group; anything not stated is counted as unknown, never guessed. */
    private static VictimCounts victims(Answers answers) {
        int girls = 0, boys = 0, women = 0, men = 0, unknown = 0;
        for (Answers victim : answers.repeat("victims")) {
            String key = victim.text("victim_sex") + "/" + victim.text("victim_age_group");
            switch (key) {
                case "FEMALE/CHILD" -> girls++;
                case "MALE/CHILD" -> boys++;
                case "FEMALE/ADULT" -> women++;
                case "MALE/ADULT" -> men++;
                default -> unknown++;
            }
        }
        return new VictimCounts(girls, boys, women, men, unknown);
    }

    private static boolean isAccident(SubmittedForm submission) {
        return ACCIDENT_FORM.equals(submission.formId());
    }

    private static String focalPointCode(Answers answers) {
        String code = answers.text("focal_point");
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String personal(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw ProblemException.invalid(List.of(new FieldProblem(field, "too-long", field + " has more than " + maxLength + " characters")));
        }
        return value.strip();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
