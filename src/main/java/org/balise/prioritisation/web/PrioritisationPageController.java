package org.balise.prioritisation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.geography.GeographyManagement;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.PrioritisationManagement;
import org.balise.prioritisation.RankedArea;
import org.balise.prioritisation.Scenario;
import org.balise.prioritisation.ScenarioChanges;
import org.balise.shared.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The ranking of hazardous areas with each score's factors, a map coloured by score, and the scenarios. */
@Controller
class PrioritisationPageController {

    private static final int PAGE_SIZE = 100;

    private final PrioritisationManagement prioritisation;
    private final GeographyManagement geography;
    private final JsonMapper json;

    PrioritisationPageController(PrioritisationManagement prioritisation, GeographyManagement geography, JsonMapper json) {
        this.prioritisation = prioritisation;
        this.geography = geography;
        this.json = json;
    }

    @GetMapping("/priorities")
    String ranking(@RequestParam(required = false) String scenario, @RequestParam(required = false) String adm1,
            @RequestParam(defaultValue = "0") int offset, Model model) {
        Scenario chosen = prioritisation.scenario(scenario);
        List<RankedArea> ranking = prioritisation.ranking(chosen.name(), adm1);
        model.addAttribute("scenario", chosen);
        model.addAttribute("scenarios", prioritisation.scenarios());
        model.addAttribute("regions", geography.regions());
        model.addAttribute("adm1", adm1);
        model.addAttribute("total", ranking.size());
        int from = Math.min(Math.max(0, offset), ranking.size());
        model.addAttribute("ranking", ranking.subList(from, Math.min(from + PAGE_SIZE, ranking.size())));
        model.addAttribute("offset", from);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("points", json.writeValueAsString(ranking.stream()
                .map(area -> List.of(area.lat(), area.lon(), area.score(), area.reference(), area.rank())).toList()));
        return "prioritisation/ranking";
    }

    @GetMapping("/priorities/scenarios")
    String scenarios(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Model model) {
        model.addAttribute("scenarios", prioritisation.scenarios());
        model.addAttribute("factors", Factor.values());
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            model.addAttribute("a", a);
            model.addAttribute("b", b);
            model.addAttribute("comparison", prioritisation.compare(a, b, null).stream().limit(100).toList());
        }
        return "prioritisation/scenarios";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/priorities/scenarios")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Double> weights = new HashMap<>();
        List<org.balise.shared.FieldProblem> unreadable = new java.util.ArrayList<>();
        for (Factor factor : Factor.values()) {
            String value = form.get("weight." + factor.name());
            if (value != null && !value.isBlank()) {
                try {
                    weights.put(factor.name(), Double.parseDouble(value.replace(',', '.')));
                } catch (NumberFormatException e) {
                    unreadable.add(new org.balise.shared.FieldProblem("weights." + factor.name(), "invalid-weight", "A weight is a number from 0 to 100"));
                }
            }
        }
        try {
            if (!unreadable.isEmpty()) {
                throw ProblemException.invalid(unreadable);
            }
            Scenario saved = prioritisation.save(new ScenarioChanges(form.get("name"), form.get("description"), weights,
                    number(form.get("casualtyRadiusKm")), integer(form.get("casualtyWindowMonths")), number(form.get("layerBufferMetres"))));
            redirect.addFlashAttribute("flash", "flash.scenario.saved");
            redirect.addFlashAttribute("flashArg", saved.name());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/priorities/scenarios";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/priorities/scenarios/{name}/default")
    String makeDefault(@PathVariable String name, RedirectAttributes redirect) {
        prioritisation.makeDefault(name);
        redirect.addFlashAttribute("flash", "flash.scenario.default");
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/priorities/scenarios";
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
