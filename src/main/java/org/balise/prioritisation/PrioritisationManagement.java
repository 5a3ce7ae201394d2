package org.balise.prioritisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.casualty.CasualtyManagement;
import org.balise.geography.GeographyManagement;
import org.balise.hazard.HazardArea;
import org.balise.hazard.HazardManagement;
import org.balise.identity.CurrentUser;
import org.balise.prioritisation.internal.FactsBuilder;
import org.balise.prioritisation.internal.ImpactScoring;
import org.balise.prioritisation.internal.ScenarioRepository;
import org.balise.prioritisation.internal.SpatialContext;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks hazardous areas by impact under a scenario, explains each score, and compares scenarios. */
@Service
@Transactional
public class PrioritisationManagement {

    public static final String DEFAULT_SCENARIO = "default";
    private static final Pattern NAME = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 ._'’-]{0,99}");
    private static final int LONGEST_WINDOW_MONTHS = 120;

    private final ScenarioRepository scenarios;
    private final HazardManagement hazards;
    private final CasualtyManagement casualties;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final Clock clock;

    PrioritisationManagement(ScenarioRepository scenarios, HazardManagement hazards, CasualtyManagement casualties,
            GeographyManagement geography, AuditLog audit, Clock clock) {
        this.scenarios = scenarios;
        this.hazards = hazards;
        this.casualties = casualties;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ranking of every area with land left to release, highest score first. */
    @Transactional(readOnly = true)
    public List<RankedArea> ranking(String scenarioName, String adm1Pcode) {
        Scenario scenario = scenario(scenarioName);
        return rank(surroundings(adm1Pcode), scenario);
    }

    /** Which areas move between two scenarios, biggest movements first. The areas and their surroundings are read once. */
    @Transactional(readOnly = true)
    public List<RankChange> compare(String scenarioA, String scenarioB, String adm1Pcode) {
        Scenario first = scenario(scenarioA);
        Scenario second = scenario(scenarioB);
        Surroundings surroundings = surroundings(adm1Pcode);
        Map<String, RankedArea> a = new HashMap<>();
        rank(surroundings, first).forEach(area -> a.put(area.reference(), area));
        return rank(surroundings, second).stream()
                .map(b -> new RankChange(b.reference(), b.name(), a.get(b.reference()).rank(), b.rank(),
                        a.get(b.reference()).score(), b.score()))
                .sorted(Comparator.comparingInt((RankChange change) -> -Math.abs(change.movement())).thenComparingInt(RankChange::rankB))
                .toList();
    }

    /** What scoring reads from the other modules: the areas to rank and the spatial context they are scored in. */
    private record Surroundings(List<HazardArea> areas, SpatialContext context, LocalDate today) {
    }

    private Surroundings surroundings(String adm1Pcode) {
        LocalDate today = LocalDate.now(clock);
        SpatialContext context = new SpatialContext(geography.settlements(),
                casualties.casualtyPoints(today.minusMonths(LONGEST_WINDOW_MONTHS)), geography.layerFeatures());
        return new Surroundings(hazards.unreleasedAreas(adm1Pcode == null || adm1Pcode.isBlank() ? null : adm1Pcode),
                context, today);
    }

    private static List<RankedArea> rank(Surroundings surroundings, Scenario scenario) {
        record Scored(HazardArea area, ImpactScoring.Score score) {
        }
        List<Scored> scored = surroundings.areas().parallelStream()
                .map(area -> new Scored(area, ImpactScoring.score(
                        FactsBuilder.facts(area, surroundings.context(), scenario, surroundings.today()), scenario)))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score().total()).thenComparing(s -> s.area().reference()))
                .toList();
        List<RankedArea> ranking = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            HazardArea area = scored.get(i).area();
            var inside = area.details().geometry().getInteriorPoint();
            ranking.add(new RankedArea(i + 1, area.reference(), area.details().name(), area.admin().adm1Pcode(),
                    area.admin().adm1Name(), round(scored.get(i).score().total()), scored.get(i).score().factors().stream()
                    .map(f -> new FactorContribution(f.name(), f.value(), f.weight(), round(f.contribution()))).toList(),
                    inside.getY(), inside.getX()));
        }
        return ranking;
    }

    @Transactional(readOnly = true)
    public List<Scenario> scenarios() {
        return scenarios.all();
    }

    @Transactional(readOnly = true)
    public Scenario scenario(String name) {
        if (name == null || name.isBlank()) {
            return scenarios.findDefault().orElseThrow(() -> ProblemException.notFound("Scenario", DEFAULT_SCENARIO));
        }
        return scenarios.find(name.strip()).orElseThrow(() -> ProblemException.notFound("Scenario", name));
    }

    /** Creates or updates a scenario; every weight between 0 and 100. */
    public Scenario save(ScenarioChanges changes) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = changes.name() == null ? "" : changes.name().strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "invalid-name", "A scenario name has 1 to 100 letters, digits, spaces, apostrophes, '.', '_' or '-'"));
        }
        Scenario base = scenarios.findDefault().orElse(null);
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        if (base != null) {
            weights.putAll(base.weights());
        }
        if (changes.weights() != null) {
            changes.weights().forEach((factorName, weight) -> {
                try {
                    Factor factor = Factor.valueOf(factorName.strip().toUpperCase(Locale.ROOT));
                    if (weight == null || !Double.isFinite(weight) || weight < 0 || weight > 100) {
                        problems.add(new FieldProblem("weights." + factorName, "invalid-weight", "A weight is a number from 0 to 100"));
                    } else {
                        weights.put(factor, weight);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("weights." + factorName, "unknown-factor", "Unknown factor '" + factorName + "'"));
                }
            });
        }
        double radius = changes.casualtyRadiusKm() != null ? changes.casualtyRadiusKm() : base == null ? 5 : base.casualtyRadiusKm();
        int window = changes.casualtyWindowMonths() != null ? changes.casualtyWindowMonths() : base == null ? 24 : base.casualtyWindowMonths();
        double buffer = changes.layerBufferMetres() != null ? changes.layerBufferMetres() : base == null ? 1000 : base.layerBufferMetres();
        if (!(radius >= 0.1 && radius <= 50)) {
            problems.add(new FieldProblem("casualtyRadiusKm", "out-of-range", "The casualty radius is from 0.1 to 50 km"));
        }
        if (window < 1 || window > LONGEST_WINDOW_MONTHS) {
            problems.add(new FieldProblem("casualtyWindowMonths", "out-of-range", "The casualty window is from 1 to 120 months"));
        }
        if (!(buffer >= 0 && buffer <= 20_000)) {
            problems.add(new FieldProblem("layerBufferMetres", "out-of-range", "The layer buffer is from 0 to 20,000 m"));
        }
        if (changes.description() != null && changes.description().length() > 1000) {
            problems.add(new FieldProblem("description", "too-long", "The description has more than 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        var existing = scenarios.find(name);
        Scenario scenario = new Scenario(name, changes.description(), weights, radius, window, buffer,
                existing.map(Scenario::isDefault).orElse(false), CurrentUser.name(), clock.instant());
        if (existing.isPresent()) {
            scenarios.update(scenario);
        } else {
            scenarios.insert(scenario);
        }
        AuditEntry entry = AuditEntry.of(existing.isPresent() ? "SCENARIO_UPDATED" : "SCENARIO_CREATED", "priority-scenario", name);
        for (Factor factor : Factor.values()) {
            entry.changed(factor.name(), existing.map(s -> s.weight(factor)).orElse(null), scenario.weight(factor));
        }
        audit.record(entry);
        return scenarios.find(name).orElseThrow();
    }

    public void makeDefault(String name) {
        Scenario scenario = scenario(name);
        scenarios.makeDefault(scenario.name());
        audit.record(AuditEntry.of("SCENARIO_MADE_DEFAULT", "priority-scenario", scenario.name()));
    }

    /** Creates the default scenario, with the documented weights, when there is none. */
    public void ensureDefaultScenario() {
        if (scenarios.findDefault().isPresent()) {
            return;
        }
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            weights.put(factor, factor.defaultWeight());
        }
        scenarios.insert(new Scenario(DEFAULT_SCENARIO, "Weights documented in the README, with the reason for each",
                weights, 5, 24, 1000, true, "system", clock.instant()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
