package org.balise.prioritisation;

import java.util.Map;

/** A scenario as a client sends it: weights by factor name; settings default to those of the default scenario. */
public record ScenarioChanges(String name, String description, Map<String, Double> weights, Double casualtyRadiusKm,
        Integer casualtyWindowMonths, Double layerBufferMetres) {
}
