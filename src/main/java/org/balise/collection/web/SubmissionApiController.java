package org.balise.collection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.balise.collection.CollectedForm;
import org.balise.collection.CollectionManagement;
import org.balise.collection.CollectionManagement.QueueQuery;
import org.balise.collection.ReviewState;
import org.balise.collection.SubmissionSummary;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Field collection", description = "Forms, stored submissions and their review")
@RestController
@RequestMapping("/api/v1")
class SubmissionApiController {

    private final CollectionManagement collection;

    SubmissionApiController(CollectionManagement collection) {
        this.collection = collection;
    }

    record Approval(String linkTo) {
    }

    record Decision(String reason) {
    }

    @Operation(summary = "Stored submissions of the forms the caller may review, with their state and the records they produced")
    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/submissions")
    ListPage<SubmissionSummary> submissions(@RequestParam(required = false) String instanceId,
            @RequestParam(required = false) String formId, @RequestParam(required = false) ReviewState state,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return collection.queue(new QueueQuery(formId, team, from, to, state, instanceId), PageRequest.of(limit, offset));
    }

    @Operation(summary = "Approves a submission as new records, or linked to an existing record (linkTo)")
    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @PostMapping("/submissions/{id}/approval")
    SubmissionSummary approve(@PathVariable long id, @RequestBody(required = false) Approval approval) {
        return collection.approve(id, approval == null ? null : approval.linkTo());
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @PostMapping("/submissions/{id}/rejection")
    SubmissionSummary reject(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return collection.reject(id, decision == null ? null : decision.reason());
    }

    @PreAuthorize("hasAnyRole('IM_OFFICER', 'AMD_OFFICER')")
    @GetMapping("/forms")
    ListPage<CollectedForm> forms() {
        var forms = collection.forms();
        return new ListPage<>(forms, forms.size());
    }
}
