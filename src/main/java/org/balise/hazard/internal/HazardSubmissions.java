package org.balise.hazard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.collection.Answers;
import org.balise.collection.Answers.Position;
import org.balise.collection.RecordLink;
import org.balise.collection.SubmissionHandler;
import org.balise.collection.SubmittedForm;
import org.balise.geography.GeographyManagement;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaType;
import org.balise.hazard.Beneficiaries;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.hazard.HazardReport;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.LandUse;
import org.balise.hazard.NearbyArea;
import org.balise.hazard.ReportRequests;
import org.balise.hazard.ReportRequests.NewReport;
import org.balise.hazard.ReportSource;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.geo.GeoJsonGeometry;
import org.balise.shared.ordnance.DeviceCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The non-technical survey form: a survey becomes a hazard report and, with a perimeter or direct evidence, a
 * hazardous area. Linking merges the report into an existing area instead. (Community reports belong to the
 * {@code community} module, which records them through this module's API.)
 */
@Component
class HazardSubmissions implements SubmissionHandler {

    static final String SURVEY_FORM = "nts-hazard-report";
    private static final double CANDIDATE_METRES = 2_000;

    private final HazardReportManagement reports;
    private final HazardManagement areas;
    private final GeographyManagement geography;
    private final HazardProperties properties;

    HazardSubmissions(HazardReportManagement reports, HazardManagement areas, GeographyManagement geography,
            HazardProperties properties) {
        this.reports = reports;
        this.areas = areas;
        this.geography = geography;
        this.properties = properties;
    }

    @Override
    public Set<String> formIds() {
        return Set.of(SURVEY_FORM);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.GENERAL;
    }

    @Override
    public List<String> warnings(SubmittedForm submission, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        List<String> warnings = new ArrayList<>();
        for (NearbyArea near : nearbyAreas(submission)) {
            if (near.metres() <= properties.duplicateDistanceMetres()) {
                warnings.add(french ? "Doublon possible de la zone " + near.area().reference() + " à " + near.metres() + " m"
                        : "Possible duplicate of area " + near.area().reference() + ", " + near.metres() + " m away");
            }
        }
        Geometry perimeter = perimeter(submission.answers());
        if (perimeter != null && !perimeter.isValid()) {
            warnings.add(french ? "Le périmètre se recoupe : la zone sera enregistrée comme un point."
                    : "The perimeter crosses itself: the area will be recorded as a point.");
        }
        return warnings;
    }

    @Override
    public List<RecordLink> linkCandidates(SubmittedForm submission) {
        return nearbyAreas(submission).stream()
                .map(hit -> new RecordLink("hazard-area", hit.area().reference(), hit.area().details().name() + " ("
                        + hit.area().details().type() + ", " + hit.metres() + " m)", "/hazards/" + hit.area().reference()))
                .toList();
    }

    private List<NearbyArea> nearbyAreas(SubmittedForm submission) {
        Answers.Position position = submission.answers().position("location");
        return position == null ? List.of() : areas.openAreasNear(position.lat(), position.lon(), CANDIDATE_METRES);
    }

    @Override
    public List<RecordLink> approve(SubmittedForm submission, String linkTo) {
        Answers answers = submission.answers();
        HazardArea target = linkTo == null ? null : areas.area(linkTo);
        HazardReport report = reports.record(newReport(submission));
        List<RecordLink> records = new ArrayList<>();
        records.add(new RecordLink("hazard-report", report.reference(), report.source() + " " + report.date(),
                "/hazard-reports/" + report.reference()));
        String areaReference = null;
        if (target != null) {
            areaReference = target.reference();
        } else if ((perimeter(answers) != null || "DIRECT".equals(answers.text("evidence_kind")))) {
            areaReference = areas.create(area(submission)).area().reference();
        }
        if (areaReference != null) {
            reports.link(report.reference(), areaReference);
            records.add(new RecordLink("hazard-area", areaReference, target != null ? "linked" : "created", "/hazards/" + areaReference));
        }
        return records;
    }

    private NewReport newReport(SubmittedForm submission) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        StringBuilder description = new StringBuilder();
        append(description, answers.text("description"));
        append(description, answers.text("evidence_description"));
        append(description, "Submission " + submission.instanceId());
        return new NewReport(ReportSource.NON_TECHNICAL_SURVEY.name(), answers.text("survey_date"),
                position == null ? null : new ReportRequests.Position(position.lat(), position.lon()),
                answers.list("device_categories"), description.toString(), answers.text("team"));
    }

    private AreaDetails area(SubmittedForm submission) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        if (position == null) {
            throw ProblemException.invalid("location", "required", "The survey has no location");
        }
        Geometry perimeter = perimeter(answers);
        Geometry geometry = perimeter != null && perimeter.isValid() ? perimeter
                : GeoJsonGeometry.FACTORY.createPoint(new Coordinate(position.lon(), position.lat()));
        EvidenceKind evidenceKind = code(EvidenceKind.class, answers.text("evidence_kind"), "evidence_kind");
        Set<DeviceCategory> categories = EnumSet.noneOf(DeviceCategory.class);
        answers.list("device_categories").forEach(code -> categories.add(code(DeviceCategory.class, code, "device_categories")));
        Set<LandUse> landUse = EnumSet.noneOf(LandUse.class);
        answers.list("blocked_land_use").forEach(code -> landUse.add(code(LandUse.class, code, "blocked_land_use")));
        String name = geography.tryLocate(position.lat(), position.lon())
                .map(location -> location.nearestPlace() == null ? location.adm3() == null ? "NTS" : location.adm3().name()
                        : location.nearestPlace().name())
                .orElse("NTS") + " " + answers.text("survey_date");
        List<Evidence> evidence = evidenceKind == null ? List.of()
                : List.of(new Evidence(evidenceKind, answers.text("evidence_description"), position.lat(), position.lon()));
        return new AreaDetails(name, evidenceKind == EvidenceKind.DIRECT ? AreaType.CHA : AreaType.SHA, geometry, categories,
                landUse, new Beneficiaries(count(answers, "beneficiaries/women"), count(answers, "beneficiaries/men"),
                        count(answers, "beneficiaries/girls"), count(answers, "beneficiaries/boys")),
                answers.text("team"), LocalDate.parse(answers.text("survey_date")), evidence);
    }

    /** The surveyed perimeter as a polygon, or null when the team did not walk one. */
    private static Geometry perimeter(Answers answers) {
        List<Answers.Position> vertices = new ArrayList<>(answers.positions("perimeter"));
        if (vertices.size() < 3) {
            return null;
        }
        if (!vertices.getFirst().equals(vertices.getLast())) {
            vertices.add(vertices.getFirst());
        }
        if (vertices.size() < 4) {
            return null;
        }
        Coordinate[] ring = vertices.stream().map(vertex -> new Coordinate(vertex.lon(), vertex.lat())).toArray(Coordinate[]::new);
        return GeoJsonGeometry.FACTORY.createPolygon(ring);
    }

    private static int count(Answers answers, String path) {
        Integer value = answers.integer(path);
        if (value != null && value < 0) {
            throw ProblemException.invalid(path, "negative", "Counts cannot be negative");
        }
        return value == null ? 0 : value;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        E parsed = Codes.parse(type, value, field, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return parsed;
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part.strip());
        }
    }
}
