package org.balise.prioritisation;

/** One line of a score's explanation: contribution = weight × value. */
public record FactorContribution(String name, double value, double weight, double contribution) {
}
