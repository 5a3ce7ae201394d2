package org.balise.casualty;

/** An accident recorded near a reported one in place and time, without personal data: maybe the same event. */
public record NearbyAccident(Accident accident, long metres) {
}
