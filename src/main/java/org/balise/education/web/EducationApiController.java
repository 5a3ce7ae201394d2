package org.balise.education.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.education.EducationManagement;
import org.balise.education.EoreFigure;
import org.balise.education.EoreSession;
import org.balise.education.SessionRequest;
import org.balise.education.TargetProgress;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk education", description = "EORE sessions, people reached, targets")
@RestController
@RequestMapping("/api/v1")
class EducationApiController {

    private final EducationManagement education;

    EducationApiController(EducationManagement education) {
        this.education = education;
    }

    record TargetRequest(String adm1Pcode, Integer year, Integer quarter, Integer girls, Integer boys, Integer women, Integer men) {
    }

    @GetMapping("/eore-sessions")
    ListPage<EoreSession> sessions(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return education.sessions(PageRequest.of(limit, offset));
    }

    @Operation(summary = "Records a session; attendance, when given, must equal girls + boys + women + men")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/eore-sessions")
    ResponseEntity<EoreSession> record(@RequestBody SessionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(education.record(request));
    }

    @GetMapping("/eore-sessions/{reference}")
    EoreSession session(@PathVariable String reference) {
        return education.session(reference);
    }

    @Operation(summary = "People reached by month, region, audience or method; repeat sessions of a group are not counted twice")
    @GetMapping("/eore-sessions/figures")
    List<EoreFigure> figures(@RequestParam(defaultValue = "month") String by) {
        return education.figures(by);
    }

    @GetMapping("/eore-targets")
    List<TargetProgress> progress(@RequestParam int year) {
        return education.progress(year);
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @PutMapping("/eore-targets")
    TargetProgress setTarget(@RequestBody TargetRequest request) {
        return education.setTarget(request.adm1Pcode(), request.year() == null ? 0 : request.year(),
                request.quarter() == null ? 0 : request.quarter(), new TargetProgress.Counts(zero(request.girls()),
                        zero(request.boys()), zero(request.women()), zero(request.men())));
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
