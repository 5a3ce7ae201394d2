package org.balise.arms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.arms.Assessment;
import org.balise.arms.AssessmentComparison;
import org.balise.arms.AssessmentManagement;
import org.balise.arms.AssessmentTemplate;
import org.balise.arms.Facility;
import org.balise.arms.FacilityManagement;
import org.balise.arms.NewAssessment;
import org.balise.arms.NewFacility;
import org.balise.arms.SiteCompliance;
import org.balise.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Arms management", description = "Storage facilities and their risk assessments: sensitive, AMD officers and "
        + "admins, a national authority for its own institution")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('AMD_OFFICER', 'AUTHORITY')")
class FacilityApiController {

    private final FacilityManagement facilities;
    private final AssessmentManagement assessments;

    FacilityApiController(FacilityManagement facilities, AssessmentManagement assessments) {
        this.facilities = facilities;
        this.assessments = assessments;
    }

    @GetMapping("/facilities")
    ListPage<Facility> facilities() {
        List<Facility> all = facilities.facilities();
        return new ListPage<>(all, all.size());
    }

    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities")
    ResponseEntity<Facility> register(@RequestBody NewFacility request) {
        Facility facility = facilities.register(request);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/facilities/" + facility.reference()).body(facility);
    }

    @GetMapping("/facilities/{reference}")
    Facility facility(@PathVariable String reference) {
        return facilities.facility(reference);
    }

    @Operation(summary = "Each explosive storehouse against the facility's buildings, populated places and reference layers: "
            + "violations with their shortfall in metres, and the NEQ the surroundings permit")
    @GetMapping("/facilities/{reference}/compliance")
    SiteCompliance compliance(@PathVariable String reference) {
        return facilities.compliance(reference);
    }

    @Operation(summary = "A facility's assessments, newest first, each with its level, scores and failing questions")
    @GetMapping("/facilities/{reference}/assessments")
    List<Assessment> assessments(@PathVariable String reference) {
        return assessments.assessments(reference);
    }

    @Operation(summary = "Record an assessment: every question that applies to the facility answered YES, NO or NOT_APPLICABLE")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities/{reference}/assessments")
    ResponseEntity<Assessment> record(@PathVariable String reference, @RequestBody NewAssessment request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assessments.record(reference, request));
    }

    @Operation(summary = "Two assessments of the facility side by side, the earlier first, with the answers that changed")
    @GetMapping("/facilities/{reference}/assessments/compare")
    AssessmentComparison compare(@PathVariable String reference, @RequestParam String a, @RequestParam String b) {
        return assessments.compare(reference, a, b);
    }

    @GetMapping("/facilities/{reference}/assessments/{assessment}")
    Assessment assessment(@PathVariable String reference, @PathVariable String assessment) {
        return assessments.assessment(reference, assessment);
    }

    @GetMapping("/assessment-templates")
    List<AssessmentTemplate> templates() {
        return assessments.templates();
    }
}
