package org.balise.geography;

import org.locationtech.jts.geom.Geometry;

/** One feature of a reference layer (a school, a road section...), in WGS84. */
public record LayerFeature(String name, LayerKind kind, Geometry geometry) {
}
