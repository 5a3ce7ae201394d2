package org.balise.casualty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.casualty.Accident;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.CasualtyFigure;
import org.balise.casualty.CasualtyManagement;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
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

@Tag(name = "Casualties", description = "Explosive ordnance accidents and victims; personal data for IM officers and admins only")
@RestController
@RequestMapping("/api/v1/accidents")
class CasualtyApiController {

    private final CasualtyManagement casualties;

    CasualtyApiController(CasualtyManagement casualties) {
        this.casualties = casualties;
    }

    @Operation(summary = "Accidents, newest first; victims' personal fields only for IM officers and admins")
    @GetMapping
    ListPage<Accident> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return casualties.accidents(PageRequest.of(limit, offset));
    }

    @Operation(summary = "One accident")
    @GetMapping("/{reference}")
    Accident get(@PathVariable String reference) {
        return casualties.accident(reference);
    }

    @Operation(summary = "Record an accident with its victims (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping(consumes = {"application/json", "application/geo+json"})
    ResponseEntity<Accident> record(@RequestBody AccidentReport report) {
        Accident accident = casualties.record(report);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/accidents/" + accident.reference()).body(accident);
    }

    @Operation(summary = "Correct an accident: replaces its details and victims (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @org.springframework.web.bind.annotation.PutMapping(value = "/{reference}", consumes = {"application/json", "application/geo+json"})
    Accident correct(@PathVariable String reference, @RequestBody AccidentReport report) {
        return casualties.correct(reference, report);
    }

    @Operation(summary = "Casualties (killed, injured) by year, region, sex, age-group, device-category or victim-group")
    @GetMapping("/figures")
    ListPage<CasualtyFigure> figures(@RequestParam(defaultValue = "year") String by) {
        List<CasualtyFigure> figures = casualties.figures(by);
        return new ListPage<>(figures, figures.size());
    }
}
