package org.balise.geography;

/** An admin unit named by its P-code, which is only meaningful within its gazetteer version. */
public record AdminUnitRef(String pcode, String name) {
}
