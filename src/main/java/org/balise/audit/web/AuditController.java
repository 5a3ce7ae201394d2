package org.balise.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.balise.audit.AuditEvent;
import org.balise.audit.AuditLog;
import org.balise.audit.AuditQuery;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Administrators search the audit log, on a page and through the API. */
@Tag(name = "Audit", description = "The append-only audit log (admin only)")
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int offset, Model model) {
        AuditQuery query = new AuditQuery(actor, action, entityType, entityId, from, to);
        model.addAttribute("query", query);
        model.addAttribute("events", audit.search(query, new PageRequest(PAGE_SIZE, Math.max(0, offset))));
        model.addAttribute("offset", Math.max(0, offset));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "audit/events";
    }

    @Operation(summary = "Search the audit log, newest first")
    @GetMapping("/api/v1/audit-events")
    @ResponseBody
    ListPage<AuditEvent> api(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return audit.search(new AuditQuery(actor, action, entityType, entityId, from, to), PageRequest.of(limit, offset));
    }
}
