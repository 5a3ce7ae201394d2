package org.balise.hazard.web;

import java.util.ArrayList;
import java.util.List;
import org.balise.hazard.DestructionMethod;
import org.balise.hazard.DeviceCondition;
import org.balise.hazard.HazardReport;
import org.balise.hazard.HazardReportManagement;
import org.balise.hazard.ReportRequests;
import org.balise.hazard.ReportSource;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ordnance.DeviceCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of hazard reports: the list, a report with its possible duplicates and spot task, and the forms. */
@Controller
class HazardReportPageController {

    private final HazardReportManagement reports;

    HazardReportPageController(HazardReportManagement reports) {
        this.reports = reports;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("categories", DeviceCategory.values());
        model.addAttribute("methods", DestructionMethod.values());
        model.addAttribute("conditions", DeviceCondition.values());
    }

    @GetMapping("/hazard-reports")
    String list(@RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("reports", reports.reports(new PageRequest(50, Math.max(0, offset))));
        model.addAttribute("offset", Math.max(0, offset));
        return "hazard/reports";
    }

    @GetMapping("/hazard-reports/{reference}")
    String detail(@PathVariable String reference, Model model) {
        model.addAttribute("report", reports.report(reference));
        return "hazard/report";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazard-reports")
    String record(@RequestParam String source, @RequestParam String date, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon, @RequestParam(required = false) List<String> deviceCategories,
            @RequestParam(required = false) String description, @RequestParam(required = false) String reportingOrganisation,
            RedirectAttributes redirect) {
        try {
            HazardReport report = reports.record(new ReportRequests.NewReport(source, date, new ReportRequests.Position(lat, lon),
                    deviceCategories, description, reportingOrganisation));
            redirect.addFlashAttribute("flash", "flash.report.recorded");
            redirect.addFlashAttribute("flashArg", report.reference());
            return "redirect:/hazard-reports/" + report.reference();
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
            return "redirect:/hazard-reports";
        }
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazard-reports/{reference}/link")
    String link(@PathVariable String reference, @RequestParam String areaReference, RedirectAttributes redirect) {
        return act(reference, redirect, () -> reports.link(reference, areaReference.strip()));
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazard-reports/{reference}/dismiss")
    String dismiss(@PathVariable String reference, @RequestParam String areaReference, RedirectAttributes redirect) {
        return act(reference, redirect, () -> reports.dismissDuplicate(reference, areaReference));
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/hazard-reports/{reference}/spot-task")
    String spotTask(@PathVariable String reference, @RequestParam(required = false) String team, @RequestParam String visitDate,
            @RequestParam(defaultValue = "false") boolean nothingFound, @RequestParam(required = false) String destructionMethod,
            @RequestParam(required = false) String deviceCategory, @RequestParam(required = false) String model,
            @RequestParam(required = false) Integer quantity, @RequestParam(required = false) String condition,
            @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        List<ReportRequests.DeviceReport> devices = new ArrayList<>();
        if (!nothingFound && deviceCategory != null && !deviceCategory.isBlank()) {
            devices.add(new ReportRequests.DeviceReport(deviceCategory, model, quantity, condition, null, null, null));
        }
        return act(reference, redirect, () -> reports.spotTask(reference, new ReportRequests.NewSpotTask(team, visitDate, nothingFound,
                nothingFound || destructionMethod == null || destructionMethod.isBlank() ? null : destructionMethod, notes, devices)));
    }

    private static String act(String reference, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "flash.report.saved");
            redirect.addFlashAttribute("flashArg", reference);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/hazard-reports/" + reference;
    }
}
