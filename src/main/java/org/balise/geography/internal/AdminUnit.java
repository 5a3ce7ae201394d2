package org.balise.geography.internal;

import org.locationtech.jts.geom.Geometry;

/** An admin unit of one gazetteer version with its full geometry. */
public record AdminUnit(String gazetteer, int level, String pcode, String name, String parentPcode,
        Geometry geometry) {
}
