package org.balise.geography.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GeographyManagement;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators load gazetteer versions and choose the active one. */
@Controller
@RequestMapping("/admin/gazetteers")
class GazetteerAdminController {

    private final GeographyManagement geography;

    GazetteerAdminController(GeographyManagement geography) {
        this.geography = geography;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("gazetteers", geography.gazetteers());
        return "geography/gazetteers";
    }

    @PostMapping
    String load(@RequestParam String code, @RequestParam String label, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean activate,
            @RequestParam(required = false) MultipartFile adm1, @RequestParam(required = false) MultipartFile adm2,
            @RequestParam(required = false) MultipartFile adm3, @RequestParam Map<String, String> parameters,
            Model model, RedirectAttributes redirect) throws IOException {
        Map<Integer, GazetteerImport.LevelFile> levels = new HashMap<>();
        GeographyApiController.putLevel(levels, 1, adm1, parameters);
        GeographyApiController.putLevel(levels, 2, adm2, parameters);
        GeographyApiController.putLevel(levels, 3, adm3, parameters);
        try {
            geography.importGazetteer(new GazetteerImport(code.strip(), label.strip(), source, levels), activate);
            redirect.addFlashAttribute("flash", "flash.gazetteer.loaded");
            redirect.addFlashAttribute("flashArg", code.strip());
            return "redirect:/admin/gazetteers";
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("gazetteers", geography.gazetteers());
            model.addAttribute("submitted", parameters);
            return "geography/gazetteers";
        }
    }

    @PostMapping("/{code}/activate")
    String activate(@PathVariable String code, RedirectAttributes redirect) {
        geography.activate(code);
        redirect.addFlashAttribute("flash", "flash.gazetteer.activated");
        redirect.addFlashAttribute("flashArg", code);
        return "redirect:/admin/gazetteers";
    }
}
