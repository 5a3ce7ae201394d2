package org.balise.prioritisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.prioritisation.PrioritisationManagement;
import org.balise.prioritisation.RankChange;
import org.balise.prioritisation.RankedArea;
import org.balise.prioritisation.Scenario;
import org.balise.prioritisation.ScenarioChanges;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Prioritisation", description = "Explainable impact scores of hazardous areas and scenarios of weights")
@RestController
class PrioritisationApiController {

    private final PrioritisationManagement prioritisation;

    PrioritisationApiController(PrioritisationManagement prioritisation) {
        this.prioritisation = prioritisation;
    }

    @Operation(summary = "Areas with land left to release, ranked by impact score; each score with its factor contributions")
    @GetMapping("/api/v1/hazard-areas/priorities")
    ListPage<RankedArea> priorities(@RequestParam(required = false) String scenario, @RequestParam(required = false) String adm1,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        PageRequest page = PageRequest.of(limit, offset);
        List<RankedArea> ranking = prioritisation.ranking(scenario, adm1);
        return new ListPage<>(ranking.subList(Math.min(page.offset(), ranking.size()),
                Math.min(page.offset() + page.limit(), ranking.size())), ranking.size());
    }

    @Operation(summary = "Scenarios of weights")
    @GetMapping("/api/v1/priority-scenarios")
    ListPage<Scenario> scenarios() {
        List<Scenario> scenarios = prioritisation.scenarios();
        return new ListPage<>(scenarios, scenarios.size());
    }

    @Operation(summary = "One scenario")
    @GetMapping("/api/v1/priority-scenarios/{name}")
    Scenario scenario(@PathVariable String name) {
        return prioritisation.scenario(name);
    }

    @Operation(summary = "Create a scenario (IM officers and admins); weights not given are those of the default scenario")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/priority-scenarios")
    ResponseEntity<Scenario> create(@RequestBody ScenarioChanges changes) {
        if (changes.name() != null && prioritisation.scenarios().stream().anyMatch(s -> s.name().equals(changes.name().strip()))) {
            throw new ProblemException(org.balise.shared.ProblemType.CONFLICT, "Scenario " + changes.name().strip() + " exists: use PUT");
        }
        return ResponseEntity.status(201).body(prioritisation.save(changes));
    }

    @Operation(summary = "Change a scenario's weights or settings (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PutMapping("/api/v1/priority-scenarios/{name}")
    Scenario update(@PathVariable String name, @RequestBody ScenarioChanges changes) {
        prioritisation.scenario(name);
        return prioritisation.save(new ScenarioChanges(name, changes.description(), changes.weights(),
                changes.casualtyRadiusKm(), changes.casualtyWindowMonths(), changes.layerBufferMetres()));
    }

    @Operation(summary = "Make a scenario the default one (IM officers and admins)")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping("/api/v1/priority-scenarios/{name}/default")
    ResponseEntity<Void> makeDefault(@PathVariable String name) {
        prioritisation.makeDefault(name);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Compare two scenarios: which areas move up or down, and by how many places")
    @GetMapping("/api/v1/priority-scenarios/compare")
    ListPage<RankChange> compare(@RequestParam String a, @RequestParam String b, @RequestParam(required = false) String adm1) {
        List<RankChange> changes = prioritisation.compare(a, b, adm1);
        return new ListPage<>(changes, changes.size());
    }
}
