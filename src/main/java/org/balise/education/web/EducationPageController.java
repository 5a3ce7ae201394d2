package org.balise.education.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.balise.education.AudienceType;
import org.balise.education.DeliveryMethod;
import org.balise.education.EducationManagement;
import org.balise.education.EoreSession;
import org.balise.education.SessionRequest;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Risk education pages: the dashboard with its figures and targets, the sessions, and office entry of a session. */
@Controller
class EducationPageController {

    private static final int PAGE_SIZE = 50;

    private final EducationManagement education;
    private final Clock clock;

    EducationPageController(EducationManagement education, Clock clock) {
        this.education = education;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("methods", DeliveryMethod.values());
        model.addAttribute("audiences", AudienceType.values());
        model.addAttribute("messageList", education.messages());
    }

    @GetMapping("/education")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int offset, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shownYear);
        model.addAttribute("byMonth", education.figures("month"));
        model.addAttribute("byRegion", education.figures("region"));
        model.addAttribute("byAudience", education.figures("audience"));
        model.addAttribute("byMethod", education.figures("method"));
        model.addAttribute("progress", education.progress(shownYear));
        model.addAttribute("sessions", education.sessions(new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "education/dashboard";
    }

    @GetMapping("/education/sessions/{reference}")
    String session(@PathVariable String reference, Model model) {
        model.addAttribute("eoreSession", education.session(reference));
        return "education/session";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/education/sessions/new")
    String form(Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        return "education/session-form";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/education/sessions")
    String record(@RequestParam Map<String, String> fields, @RequestParam(required = false) List<String> messages,
            Model model, RedirectAttributes redirect) {
        try {
            EoreSession session = education.record(new SessionRequest(fields.get("date"),
                    new SessionRequest.Position(number(fields.get("lat")), number(fields.get("lon"))), fields.get("team"),
                    fields.get("method"), fields.get("audience"), fields.get("language"), messages, fields.get("materials"),
                    new SessionRequest.Beneficiaries(count(fields.get("girls")), count(fields.get("boys")), count(fields.get("women")),
                            count(fields.get("men")), count(fields.get("disabled"))),
                    null, "on".equals(fields.get("repeatSession")), fields.get("groupName")));
            redirect.addFlashAttribute("flash", "flash.eore.recorded");
            redirect.addFlashAttribute("flashArg", session.reference());
            return "redirect:/education/sessions/" + session.reference();
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            model.addAttribute("entered", fields);
            model.addAttribute("today", LocalDate.now(clock));
            return "education/session-form";
        }
    }

    /** Unreadable numbers become null, which the rules name as a problem of that field. */
    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Integer count(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
