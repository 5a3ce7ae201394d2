package org.balise.arms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.arms.FacilityProgress;
import org.balise.arms.PlanChange;
import org.balise.arms.PlanItem;
import org.balise.arms.PlanManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Arms management")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('AMD_OFFICER', 'AUTHORITY')")
class PlanApiController {

    private final PlanManagement plans;

    PlanApiController(PlanManagement plans) {
        this.plans = plans;
    }

    @Operation(summary = "Raise one plan item for each failing question of the assessment not raised before")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities/{reference}/assessments/{assessment}/plan-items")
    ResponseEntity<List<PlanItem>> raise(@PathVariable String reference, @PathVariable String assessment) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.raise(reference, assessment));
    }

    @GetMapping("/facilities/{reference}/plan-items")
    List<PlanItem> items(@PathVariable String reference) {
        return plans.items(reference);
    }

    @Operation(summary = "Change a plan item's status, cost (USD), dates or description; fields left out keep their value")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PutMapping("/plan-items/{id}")
    PlanItem update(@PathVariable long id, @RequestBody PlanChange change) {
        return plans.update(id, change);
    }

    @Operation(summary = "Every facility with the level of its first and latest assessments and its plan's progress")
    @GetMapping("/arms/programme")
    List<FacilityProgress> programme() {
        return plans.programme();
    }
}
