package org.balise.hazard;

import java.time.Instant;

/** A hazardous area as stored: its current summary, areas in m² and where it lies. */
public record HazardArea(long id, String reference, AreaStatus status, AreaDetails details, double areaSquareMetres,
        double releasedSquareMetres, AdminArea admin, int version, Instant updatedAt) {

    public double remainingSquareMetres() {
        return Math.max(0, areaSquareMetres - releasedSquareMetres);
    }
}
