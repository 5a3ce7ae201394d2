package org.balise.hazard;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/** A released part of an area, with its own geometry and its area in m². */
public record LandRelease(long id, ReleaseKind kind, LocalDate date, Geometry geometry, double areaSquareMetres) {
}
