package org.balise.identity.web;

import org.balise.geography.GeographyManagement;
import org.balise.identity.IdentityManagement;
import org.balise.identity.NewUser;
import org.balise.identity.Role;
import org.balise.identity.UserChanges;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create users, set their roles, regions and institution, disable them and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final IdentityManagement identity;
    private final GeographyManagement geography;

    UserAdminController(IdentityManagement identity, GeographyManagement geography) {
        this.identity = identity;
        this.geography = geography;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allRegions", geography.regions());
        model.addAttribute("institutions", identity.institutions());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("users", identity.users(new PageRequest(100, Math.max(0, offset))));
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        return "identity/user-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            var user = identity.createUser(new NewUser(form.username(), form.displayName(), form.password(),
                    form.rolesOrEmpty(), form.regionsOrEmpty(), form.institutionId()));
            redirect.addFlashAttribute("flash", "flash.user.created");
            redirect.addFlashAttribute("flashArg", user.username());
            return "redirect:/admin/users";
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
            return "identity/user-form";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var user = identity.user(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        return "identity/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            var user = identity.updateUser(id, new UserChanges(form.displayName(), form.rolesOrEmpty(),
                    form.regionsOrEmpty(), form.institutionId(), form.isEnabled()));
            redirect.addFlashAttribute("flash", "flash.user.updated");
            redirect.addFlashAttribute("flashArg", user.username());
            return "redirect:/admin/users";
        } catch (ProblemException e) {
            model.addAttribute("user", identity.user(id));
            model.addAttribute("problem", e);
            return "identity/user-form";
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            identity.resetPassword(id, password);
            redirect.addFlashAttribute("flash", "flash.user.password-reset");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        redirect.addFlashAttribute("flashArg", identity.user(id).username());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/institutions")
    String createInstitution(@RequestParam String name, @RequestParam(required = false) String acronym,
            RedirectAttributes redirect) {
        try {
            identity.createInstitution(name, acronym);
            redirect.addFlashAttribute("flash", "flash.institution.created");
            redirect.addFlashAttribute("flashArg", name.strip());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/admin/users";
    }
}
