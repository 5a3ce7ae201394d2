package org.balise.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.community.CfpReport;
import org.balise.community.CfpReportManagement;
import org.balise.community.CfpReportManagement.ReportQuery;
import org.balise.community.ReportFigure;
import org.balise.community.ReportKind;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Community reports", description = "What focal points reported, what it became and its follow-up")
@RestController
@RequestMapping("/api/v1/cfp-reports")
class CfpReportApiController {

    private final CfpReportManagement reports;

    CfpReportApiController(CfpReportManagement reports) {
        this.reports = reports;
    }

    record Verification(String team, String date) {
    }

    @Operation(summary = "Approved community reports, newest first; reporterName and reporterPhone are absent for roles "
            + "that may not see personal data")
    @GetMapping
    ListPage<CfpReport> reports(@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String adm1,
            @RequestParam(required = false) String focalPoint, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return reports.reports(new ReportQuery(kind, adm1, focalPoint), PageRequest.of(limit, offset));
    }

    @Operation(summary = "Reports counted by month, region, follow-up or kind")
    @GetMapping("/figures")
    List<ReportFigure> figures(@RequestParam(defaultValue = "month") String by) {
        return reports.figures(by);
    }

    @GetMapping("/{reference}")
    CfpReport report(@PathVariable String reference) {
        return reports.report(reference);
    }

    @Operation(summary = "Record that a team went and confirmed a reported dangerous item (while its hazard report is RECEIVED)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/{reference}/verification")
    CfpReport verify(@PathVariable String reference, @RequestBody Verification request) {
        return reports.verify(reference, request.team(), request.date());
    }
}
