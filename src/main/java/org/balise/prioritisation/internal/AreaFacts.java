package org.balise.prioritisation.internal;

import java.util.Map;
import org.balise.prioritisation.Factor;

/** The value of every factor for one area: what the score multiplies by the weights. */
public record AreaFacts(String reference, Map<Factor, Double> values) {
}
