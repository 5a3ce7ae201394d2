package org.balise.arms.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.arms.AmmunitionLot;
import org.balise.arms.Assessment;
import org.balise.arms.AssessmentManagement;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.DestructionManagement;
import org.balise.arms.Facility;
import org.balise.arms.FacilityManagement;
import org.balise.arms.InventoryManagement;
import org.balise.arms.NewAssessment;
import org.balise.arms.NewFacility;
import org.balise.arms.PhotoManagement;
import org.balise.arms.PlanManagement;
import org.balise.arms.SiteCompliance;
import org.balise.arms.qd.CompatibilityMatrix;
import org.balise.identity.IdentityManagement;
import org.balise.shared.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilities and their assessments, for AMD officers (and a national authority, its own institution's, read only). */
@Controller
@PreAuthorize("hasAnyRole('AMD_OFFICER', 'AUTHORITY')")
class ArmsPageController {

    private static final CompatibilityMatrix COMPATIBILITY = CompatibilityMatrix.shipped();

    private final FacilityManagement facilities;
    private final AssessmentManagement assessments;
    private final PlanManagement plans;
    private final InventoryManagement inventory;
    private final DestructionManagement destructions;
    private final IdentityManagement identity;
    private final PhotoManagement photoManagement;
    private final Clock clock;

    ArmsPageController(FacilityManagement facilities, AssessmentManagement assessments, PlanManagement plans,
            InventoryManagement inventory, DestructionManagement destructions, IdentityManagement identity,
            PhotoManagement photoManagement, Clock clock) {
        this.identity = identity;
        this.photoManagement = photoManagement;
        this.facilities = facilities;
        this.assessments = assessments;
        this.plans = plans;
        this.inventory = inventory;
        this.destructions = destructions;
        this.clock = clock;
    }

    private static final int BUILDING_ROWS = 6;

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @GetMapping("/arms/facilities/new")
    String registerForm(Model model) {
        facilityChoices(model);
        return "arms/facility-form";
    }

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/arms/facilities")
    String register(@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        List<NewFacility.NewBuilding> buildings = new ArrayList<>();
        for (int i = 0; i < BUILDING_ROWS; i++) {
            String name = fields.get("building" + i + ".name");
            if (name != null && !name.isBlank()) {
                buildings.add(new NewFacility.NewBuilding(name, fields.get("building" + i + ".role"),
                        number(fields.get("building" + i + ".lat")), number(fields.get("building" + i + ".lon"))));
            }
        }
        try {
            Facility facility = facilities.register(new NewFacility(fields.get("name"), fields.get("type"),
                    fields.get("institutionId") == null || fields.get("institutionId").isBlank() ? null : Long.valueOf(fields.get("institutionId")),
                    fields.get("unit"), new NewFacility.Position(number(fields.get("lat")), number(fields.get("lon"))),
                    integer(fields.get("weaponCapacity")), number(fields.get("neqCapacityKg")), fields.get("status"), buildings));
            redirect.addFlashAttribute("flash", "flash.arms.registered");
            redirect.addFlashAttribute("flashArg", facility.reference());
            return "redirect:/arms/facilities/" + facility.reference();
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", fields);
            facilityChoices(model);
            return "arms/facility-form";
        }
    }

    private void facilityChoices(Model model) {
        model.addAttribute("types", org.balise.arms.FacilityType.values());
        model.addAttribute("statuses", org.balise.arms.FacilityStatus.values());
        model.addAttribute("roles", org.balise.arms.BuildingRole.values());
        model.addAttribute("institutions", identity.institutions());
        model.addAttribute("buildingRows", BUILDING_ROWS);
    }

    /** Unreadable numbers become NaN, which the rules name as a problem of that field. */
    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @GetMapping("/arms/weapons")
    String weapons(@RequestParam(required = false) String serial, Model model) {
        model.addAttribute("serial", serial);
        if (serial != null && !serial.isBlank()) {
            model.addAttribute("found", inventory.searchSerial(serial));
        }
        return "arms/weapons";
    }

    @GetMapping("/arms/destructions")
    String destructions(Model model) {
        model.addAttribute("destructions", destructions.destructions());
        return "arms/destructions";
    }

    @GetMapping("/arms/programme")
    String programme(Model model) {
        model.addAttribute("programme", plans.programme());
        return "arms/programme";
    }

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/arms/facilities/{reference}/assessments/{assessment}/plan-items")
    String raise(@PathVariable String reference, @PathVariable String assessment, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "flash.arms.raised");
        redirect.addFlashAttribute("flashArg", plans.raise(reference, assessment).size());
        return "redirect:/arms/facilities/" + reference;
    }

    @GetMapping("/arms/facilities")
    String list(Model model) {
        model.addAttribute("facilities", facilities.facilities());
        return "arms/facilities";
    }

    @GetMapping("/arms/facilities/{reference}")
    String facility(@PathVariable String reference, Model model) {
        model.addAttribute("facility", facilities.facility(reference));
        model.addAttribute("assessments", assessments.assessments(reference));
        model.addAttribute("planItems", plans.items(reference));
        model.addAttribute("compliance", facilities.compliance(reference));
        model.addAttribute("photos", photoManagement.photos(reference));
        model.addAttribute("weapons", inventory.weapons(reference));
        var lots = inventory.lots(reference);
        model.addAttribute("lots", lots);
        java.util.Map<String, Double> neqByDivision = new java.util.TreeMap<>();
        lots.forEach(lot -> neqByDivision.merge(lot.hazardDivision(), lot.neqKg(), Double::sum));
        model.addAttribute("neqByDivision", neqByDivision);
        model.addAttribute("mixing", COMPATIBILITY.check(lots.stream().filter(lot -> lot.quantity() > 0)
                .map(AmmunitionLot::compatibilityGroup).distinct().toList()));
        return "arms/facility";
    }

    /** The compliance of the facility for the page's map: storehouses, required distances and violations. */
    @GetMapping("/arms/facilities/{reference}/compliance-data")
    @org.springframework.web.bind.annotation.ResponseBody
    SiteCompliance complianceData(@PathVariable String reference) {
        return facilities.compliance(reference);
    }

    @GetMapping("/arms/facilities/{reference}/assessments/{assessment}")
    String assessment(@PathVariable String reference, @PathVariable String assessment, Model model) {
        Assessment found = assessments.assessment(reference, assessment);
        model.addAttribute("facility", facilities.facility(reference));
        model.addAttribute("assessment", found);
        AssessmentTemplate template = template(found.templateCode(), found.templateVersion());
        model.addAttribute("template", template);
        model.addAttribute("questions", questions(template));
        return "arms/assessment";
    }

    @GetMapping("/arms/facilities/{reference}/assessments/compare")
    String compare(@PathVariable String reference, @RequestParam String a, @RequestParam String b, Model model) {
        var comparison = assessments.compare(reference, a, b);
        model.addAttribute("facility", facilities.facility(reference));
        model.addAttribute("comparison", comparison);
        model.addAttribute("questions", questions(template(comparison.after().templateCode(), comparison.after().templateVersion())));
        return "arms/compare";
    }

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @GetMapping("/arms/facilities/{reference}/assessments/new")
    String form(@PathVariable String reference, Model model) {
        formModel(facilities.facility(reference), model);
        return "arms/assessment-form";
    }

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/arms/facilities/{reference}/assessments")
    String record(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
            RedirectAttributes redirect) {
        AssessmentTemplate template = template(AssessmentManagement.DEFAULT_TEMPLATE, fields.get("templateVersion"));
        List<NewAssessment.AnswerInput> answers = new ArrayList<>();
        template.questions().forEach(question -> {
            String answer = fields.get("answer." + question.code());
            if (answer != null) {
                answers.add(new NewAssessment.AnswerInput(question.code(), answer, fields.get("evidence." + question.code())));
            }
        });
        try {
            Assessment recorded = assessments.record(reference, new NewAssessment(template.code(), template.version(),
                    fields.get("assessedOn"), fields.get("assessor"), answers, fields.get("notes")));
            redirect.addFlashAttribute("flash", "flash.arms.assessed");
            redirect.addFlashAttribute("flashArg", recorded.levelReached());
            return "redirect:/arms/facilities/" + reference + "/assessments/" + recorded.reference();
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", fields);
            formModel(facilities.facility(reference), model);
            return "arms/assessment-form";
        }
    }

    private void formModel(Facility facility, Model model) {
        model.addAttribute("facility", facility);
        model.addAttribute("template", template(AssessmentManagement.DEFAULT_TEMPLATE, null));
        model.addAttribute("today", LocalDate.now(clock));
    }

    private static Map<String, AssessmentTemplate.Question> questions(AssessmentTemplate template) {
        Map<String, AssessmentTemplate.Question> byCode = new java.util.LinkedHashMap<>();
        template.questions().forEach(question -> byCode.put(question.code(), question));
        return byCode;
    }

    private AssessmentTemplate template(String code, String version) {
        return assessments.templates().stream().filter(template -> template.code().equals(code))
                .filter(template -> version == null || version.isBlank() || template.version().equals(version))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> ProblemException.notFound("Assessment template", code + " " + version));
    }
}
