package org.balise.hazard;

/** An open area near a report with overlapping device categories: {@code decision} is OPEN, MERGED or DISMISSED. */
public record PossibleDuplicate(String areaReference, long distanceMetres, String decision) {
}
