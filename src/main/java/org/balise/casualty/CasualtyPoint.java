package org.balise.casualty;

import java.time.LocalDate;

/** An accident reduced to where, when and how many people were killed or injured. */
public record CasualtyPoint(double lat, double lon, LocalDate date, int casualties) {
}
