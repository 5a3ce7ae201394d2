package org.balise.collection.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.collection.CollectionManagement;
import org.balise.collection.CollectionManagement.QueueQuery;
import org.balise.collection.CollectionManagement.StoredFile;
import org.balise.collection.ReviewState;
import org.balise.collection.internal.CollectionProperties;
import org.balise.identity.AppUserCredentials;
import org.balise.identity.AppUserManagement;
import org.balise.identity.CurrentUser;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Pages of field collection: forms and their versions, app users (phones), the review queue and its items. */
@Controller
class CollectionPageController {

    private static final int PAGE_SIZE = 50;

    private final CollectionManagement collection;
    private final AppUserManagement appUsers;
    private final CollectionProperties properties;
    private final JsonMapper json;

    CollectionPageController(CollectionManagement collection, AppUserManagement appUsers, CollectionProperties properties,
            JsonMapper json) {
        this.collection = collection;
        this.appUsers = appUsers;
        this.properties = properties;
        this.json = json;
    }

    // Forms

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/collection/forms")
    String forms(Model model) {
        model.addAttribute("forms", collection.forms());
        return "collection/forms";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/collection/forms")
    String publish(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > 5_000_000) {
                throw new ProblemException(ProblemType.INVALID_FILE, "Choose an XForm file (XML, at most 5 MB)");
            }
            var form = collection.publish(file.getBytes(), CurrentUser.name());
            redirect.addFlashAttribute("flash", "flash.form.published");
            redirect.addFlashAttribute("flashArg", form.formId() + " " + form.currentVersion());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/collection/forms";
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/collection/forms/{formId}/closed")
    String close(@PathVariable String formId, @RequestParam boolean closed, RedirectAttributes redirect) {
        collection.setClosed(formId, closed);
        redirect.addFlashAttribute("flash", closed ? "flash.form.closed" : "flash.form.opened");
        redirect.addFlashAttribute("flashArg", formId);
        return "redirect:/collection/forms";
    }

    // App users

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping("/collection/app-users")
    String appUsers(Model model) {
        model.addAttribute("appUsers", appUsers.appUsers());
        model.addAttribute("forms", collection.forms());
        return "collection/app-users";
    }

    /** The secrets are shown on this answer only: Balise keeps their hashes. */
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/collection/app-users")
    String createAppUser(@RequestParam String displayName, HttpServletRequest request, Model model) {
        try {
            AppUserCredentials created = appUsers.create(displayName);
            String server = serverUrl(request);
            String settings = CollectSettingsQr.settings(json, server + "/key/" + created.token(), "Balise · " + created.displayName());
            model.addAttribute("created", created);
            model.addAttribute("serverUrl", server);
            model.addAttribute("localServer", server.contains("://localhost") || server.contains("://127."));
            model.addAttribute("qrSvg", CollectSettingsQr.svg(CollectSettingsQr.payload(settings)));
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
        }
        return appUsers(model);
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/collection/app-users/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var revoked = appUsers.revoke(id);
        redirect.addFlashAttribute("flash", "flash.app-user.revoked");
        redirect.addFlashAttribute("flashArg", revoked.displayName());
        return "redirect:/collection/app-users";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/collection/app-users/{id}/forms")
    String restrict(@PathVariable long id, @RequestParam(required = false) List<String> formIds, RedirectAttributes redirect) {
        var changed = appUsers.restrict(id, formIds == null ? Set.of() : Set.copyOf(formIds));
        redirect.addFlashAttribute("flash", "flash.app-user.forms");
        redirect.addFlashAttribute("flashArg", changed.displayName());
        return "redirect:/collection/app-users";
    }

    // Review queue

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/collection/submissions")
    String queue(@RequestParam(required = false) String formId, @RequestParam(required = false) String team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) ReviewState state, @RequestParam(defaultValue = "0") int offset, Model model) {
        QueueQuery query = new QueueQuery(blankToNull(formId), blankToNull(team), from, to, state, null);
        model.addAttribute("submissions", collection.queue(query, new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("query", query);
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("formIds", collection.reviewableForms());
        model.addAttribute("teams", collection.submitters());
        model.addAttribute("states", ReviewState.values());
        return "collection/submissions";
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/collection/submissions/{id}")
    String submission(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("item", collection.submission(id, locale));
        return "collection/submission";
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/collection/submissions/{id}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
        StoredFile file = collection.attachment(id, name).orElseThrow(() -> ProblemException.notFound("Attachment", name));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType() == null ? "application/octet-stream" : file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.name()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @PostMapping("/collection/submissions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String linkTo, RedirectAttributes redirect) {
        return act(id, redirect, "flash.submission.approved", () -> collection.approve(id, linkTo));
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @PostMapping("/collection/submissions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "flash.submission.rejected", () -> collection.reject(id, reason));
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @PostMapping("/collection/submissions/{id}/issues")
    String issues(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "flash.submission.issues", () -> collection.flagIssues(id, note));
    }

    private static String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            redirect.addFlashAttribute("flashArg", id);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/collection/submissions/" + id;
    }

    private String serverUrl(HttpServletRequest request) {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
