package org.balise.community.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.balise.community.AgeBand;
import org.balise.community.CfpReport;
import org.balise.community.CfpReportManagement;
import org.balise.community.CfpReportManagement.ReportQuery;
import org.balise.community.CommunityManagement;
import org.balise.community.FocalPoint;
import org.balise.community.FocalPointStatus;
import org.balise.community.NewFocalPoint;
import org.balise.community.Profile;
import org.balise.community.ReportKind;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The focal point network: its dashboard and map, the registry with trainings, and the reports with their
 * follow-up. Entry is for IM officers; names and phones show only to those who may see them.
 */
@Controller
class CommunityPageController {

    private static final int PAGE_SIZE = 50;

    private final CommunityManagement community;
    private final CfpReportManagement reports;
    private final JsonMapper json;
    private final Clock clock;

    CommunityPageController(CommunityManagement community, CfpReportManagement reports, JsonMapper json, Clock clock) {
        this.community = community;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/community")
    String dashboard(Model model) {
        var points = community.anonymisedFocalPoints();
        model.addAttribute("byRegion", community.figures(points, "region"));
        model.addAttribute("byProfile", community.figures(points, "profile"));
        model.addAttribute("reportsByMonth", reports.figures("month"));
        model.addAttribute("reportsByRegion", reports.figures("region"));
        model.addAttribute("reportsByFollowUp", reports.figures("follow-up"));
        model.addAttribute("refreshersDue", community.refreshersDue(LocalDate.now(clock)).size());
        model.addAttribute("coverage", community.coverage().stream().limit(25).toList());
        return "community/dashboard";
    }

    /** Focal points at their community's position and reports where they were made, for the network map. */
    @GetMapping(value = "/community/map-data", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<ObjectNode> mapData() {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (FocalPoint point : community.anonymisedFocalPoints()) {
            ObjectNode feature = feature(features, point.reference(), point.lat(), point.lon());
            feature.putObject("properties").put("layer", "focal-point").put("status", point.status().name())
                    .put("profile", point.profile().name()).put("place", point.placeName()).put("href", "community/focal-points/" + point.reference());
        }
        for (CfpReport report : reports.anonymisedReports(ReportQuery.ALL)) {
            ObjectNode feature = feature(features, report.reference(), report.lat(), report.lon());
            feature.putObject("properties").put("layer", "report").put("kind", report.kind().name())
                    .put("followUp", report.followUp().name()).put("date", report.reportDate().toString())
                    .put("href", "community/reports/" + report.reference());
        }
        return ResponseEntity.ok().header("Content-Type", "application/geo+json").body(collection);
    }

    private static ObjectNode feature(ArrayNode features, String id, double lat, double lon) {
        ObjectNode feature = features.addObject().put("type", "Feature").put("id", id);
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
        return feature;
    }

    @GetMapping("/community/focal-points")
    String focalPoints(@RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("points", community.focalPoints(new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("refreshersDue", community.refreshersDue(LocalDate.now(clock)));
        return "community/focal-points";
    }

    @GetMapping("/community/focal-points/{reference}")
    String focalPoint(@PathVariable String reference, Model model) {
        model.addAttribute("point", community.focalPoint(reference));
        model.addAttribute("trainings", community.trainings(reference));
        model.addAttribute("reports", reports.reports(new ReportQuery(null, null, reference), new PageRequest(100, 0)).items());
        model.addAttribute("today", LocalDate.now(clock));
        return "community/focal-point";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/community/focal-points/new")
    String registerForm(Model model) {
        choices(model);
        return "community/focal-point-form";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/community/focal-points")
    String register(@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        try {
            FocalPoint point = community.register(new NewFocalPoint(fields.get("name"), fields.get("phone"), fields.get("sex"),
                    fields.get("ageBand"), fields.get("profile"), fields.get("placePcode"), fields.get("languages"),
                    fields.get("joinedOn"), fields.get("status")));
            redirect.addFlashAttribute("flash", "flash.cfp.registered");
            redirect.addFlashAttribute("flashArg", point.reference());
            return "redirect:/community/focal-points/" + point.reference();
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", fields);
            choices(model);
            return "community/focal-point-form";
        }
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/community/focal-points/{reference}/trainings")
    String addTraining(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
            RedirectAttributes redirect) {
        try {
            community.addTraining(reference, fields.get("date"), fields.get("topic"), fields.get("trainer"),
                    score(fields.get("preScore")), score(fields.get("postScore")));
            redirect.addFlashAttribute("flash", "flash.cfp.trained");
            redirect.addFlashAttribute("flashArg", reference);
            return "redirect:/community/focal-points/" + reference;
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", fields);
            return focalPoint(reference, model);
        }
    }

    @GetMapping("/community/reports")
    String reportList(@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String adm1,
            @RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("reports", reports.reports(new ReportQuery(kind, adm1, null), new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("kind", kind);
        model.addAttribute("adm1", adm1);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "community/reports";
    }

    @GetMapping("/community/reports/{reference}")
    String report(@PathVariable String reference, Model model) {
        model.addAttribute("report", reports.report(reference));
        model.addAttribute("today", LocalDate.now(clock));
        return "community/report";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/community/reports/{reference}/verification")
    String verify(@PathVariable String reference, @RequestParam(required = false) String team,
            @RequestParam(required = false) String date, Model model, RedirectAttributes redirect) {
        try {
            reports.verify(reference, team, date);
            redirect.addFlashAttribute("flash", "flash.cfp.verified");
            redirect.addFlashAttribute("flashArg", reference);
            return "redirect:/community/reports/" + reference;
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", Map.of("team", team == null ? "" : team, "date", date == null ? "" : date));
            return report(reference, model);
        }
    }

    private void choices(Model model) {
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("profiles", Profile.values());
        model.addAttribute("statuses", FocalPointStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    /** An unreadable score becomes -1, which the rules refuse as out of range. */
    private static Integer score(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
