package org.balise.geography.internal;

/** A populated place with the P-codes of its admin units as its gazetteer states them. */
public record Place(String pcode, String name, int placeClass, double lon, double lat, String adm1Pcode,
        String adm2Pcode, String adm3Pcode) {
}
