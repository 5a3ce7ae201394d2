package org.balise.casualty.web;

import java.util.ArrayList;
import java.util.List;
import org.balise.casualty.Accident;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.Activity;
import org.balise.casualty.CasualtyManagement;
import org.balise.casualty.Outcome;
import org.balise.casualty.Sex;
import org.balise.casualty.VictimGroup;
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

/** Casualty pages: figures, the list of accidents, one accident, and the form to record one. */
@Controller
class CasualtyPageController {

    private static final int PAGE_SIZE = 50;

    private final CasualtyManagement casualties;

    CasualtyPageController(CasualtyManagement casualties) {
        this.casualties = casualties;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", DeviceCategory.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("groups", VictimGroup.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("personal", CasualtyManagement.maySeePersonalData());
    }

    @GetMapping("/casualties")
    String list(@RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("accidents", casualties.anonymisedAccidents(new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("byYear", casualties.figures("year"));
        model.addAttribute("byRegion", casualties.figures("region"));
        model.addAttribute("bySex", casualties.figures("sex"));
        model.addAttribute("byAge", casualties.figures("age-group"));
        model.addAttribute("byDevice", casualties.figures("device-category"));
        return "casualty/accidents";
    }

    @GetMapping("/casualties/{reference}")
    String detail(@PathVariable String reference, Model model) {
        model.addAttribute("accident", casualties.accident(reference));
        return "casualty/accident";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/casualties/new")
    String newAccident(Model model) {
        model.addAttribute("form", AccidentForm.empty());
        return "casualty/accident-form";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/casualties")
    String record(@ModelAttribute("form") AccidentForm form, Model model, RedirectAttributes redirect) {
        try {
            Accident accident = casualties.record(form.toReport());
            redirect.addFlashAttribute("flash", "flash.accident.recorded");
            redirect.addFlashAttribute("flashArg", accident.reference());
            return "redirect:/casualties/" + accident.reference();
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            return "casualty/accident-form";
        }
    }

    /** One accident with up to three victims, as the office form takes it; empty victim rows are ignored. */
    public record AccidentForm(String date, Double lat, Double lon, String deviceCategory, Boolean deminingAccident,
            String hazardAreaReference, String description, List<String> sex, List<Integer> age, List<String> group,
            List<String> outcome, List<String> activity, List<String> referred, List<String> name, List<String> phone) {

        static AccidentForm empty() {
            return new AccidentForm("", null, null, "UNKNOWN", false, "", "", List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
        }

        AccidentReport toReport() {
            List<AccidentReport.VictimReport> victims = new ArrayList<>();
            int rows = outcome == null ? 0 : outcome.size();
            for (int i = 0; i < rows; i++) {
                if (at(outcome, i) == null || at(outcome, i).isBlank()) {
                    continue;
                }
                victims.add(new AccidentReport.VictimReport(at(sex, i), age == null || age.size() <= i ? null : age.get(i), null,
                        at(group, i), at(outcome, i), at(activity, i), "true".equals(at(referred, i)), null, at(name, i),
                        at(phone, i), null));
            }
            return new AccidentReport(date, new AccidentReport.Position(lat, lon), deviceCategory,
                    Boolean.TRUE.equals(deminingAccident), hazardAreaReference, description, victims);
        }

        private static String at(List<String> values, int i) {
            return values == null || values.size() <= i ? null : values.get(i);
        }
    }
}
