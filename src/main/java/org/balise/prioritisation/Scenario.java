package org.balise.prioritisation;

import java.time.Instant;
import java.util.Map;

/**
 * A named set of weights, with the spatial settings its factors use: casualties within {@code casualtyRadiusKm}
 * in the last {@code casualtyWindowMonths}, reference-layer features within {@code layerBufferMetres}.
 */
public record Scenario(String name, String description, Map<Factor, Double> weights, double casualtyRadiusKm,
        int casualtyWindowMonths, double layerBufferMetres, boolean isDefault, String updatedBy, Instant updatedAt) {

    public double weight(Factor factor) {
        return weights.getOrDefault(factor, 0.0);
    }
}
