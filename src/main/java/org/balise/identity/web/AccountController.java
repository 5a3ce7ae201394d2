package org.balise.identity.web;

import org.balise.identity.IdentityManagement;
import org.balise.identity.SignedInUser;
import org.balise.shared.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final IdentityManagement identity;

    AccountController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("me", identity.user(user.id()));
        model.addAttribute("tokens", identity.tokens(user.id()));
        return "identity/account";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, RedirectAttributes redirect) {
        try {
            identity.changeOwnPassword(user.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("flash", "flash.password.changed");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal SignedInUser user, @RequestParam String label, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", identity.createToken(user.id(), label));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        identity.revokeToken(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.token.revoked");
        return "redirect:/account";
    }
}
