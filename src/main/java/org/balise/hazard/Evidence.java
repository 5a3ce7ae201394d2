package org.balise.hazard;

/** One piece of evidence, with where it was seen when that is known. */
public record Evidence(EvidenceKind kind, String description, Double lat, Double lon) {
}
