package org.balise.hazard;

/** An area not yet closed near a point, with the distance from the point to its nearest edge. */
public record NearbyArea(HazardArea area, long metres) {
}
