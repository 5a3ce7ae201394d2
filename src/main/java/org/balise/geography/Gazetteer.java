package org.balise.geography;

import java.time.Instant;

/** A gazetteer version: a release of admin boundaries and places, such as OCHA's COD of 2015. */
public record Gazetteer(String code, String label, String source, boolean active, Instant loadedAt,
        int adm1Count, int adm2Count, int adm3Count, int placeCount) {
}
