package org.balise.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.balise.community.CommunityManagement;
import org.balise.community.CoverageGap;
import org.balise.community.FocalPoint;
import org.balise.community.NewFocalPoint;
import org.balise.community.Training;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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

@Tag(name = "Community focal points", description = "Focal points and their trainings; names and phones only for IM officers")
@RestController
@RequestMapping("/api/v1/focal-points")
class CommunityApiController {

    private final CommunityManagement community;

    CommunityApiController(CommunityManagement community) {
        this.community = community;
    }

    record NewTraining(String date, String topic, String trainer, Integer preScore, Integer postScore) {
    }

    @Operation(summary = "Focal points; name and phone are absent for roles that may not see personal data")
    @GetMapping
    ListPage<FocalPoint> focalPoints(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return community.focalPoints(PageRequest.of(limit, offset));
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping
    ResponseEntity<FocalPoint> register(@RequestBody NewFocalPoint request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(community.register(request));
    }

    @Operation(summary = "Active focal points whose refresher training is due by a date (default today)")
    @GetMapping("/refreshers-due")
    List<FocalPoint> refreshersDue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by) {
        return community.refreshersDue(by == null ? LocalDate.now() : by);
    }

    @Operation(summary = "Communes with known contamination or recent casualties, those without an active focal point first")
    @GetMapping("/coverage")
    List<CoverageGap> coverage() {
        return community.coverage();
    }

    @GetMapping("/{reference}")
    FocalPoint focalPoint(@PathVariable String reference) {
        return community.focalPoint(reference);
    }

    @GetMapping("/{reference}/trainings")
    List<Training> trainings(@PathVariable String reference) {
        return community.trainings(reference);
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/{reference}/trainings")
    ResponseEntity<Training> addTraining(@PathVariable String reference, @RequestBody NewTraining request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(community.addTraining(reference, request.date(), request.topic(),
                request.trainer(), request.preScore(), request.postScore()));
    }
}
