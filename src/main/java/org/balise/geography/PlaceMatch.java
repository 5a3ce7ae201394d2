package org.balise.geography;

/** A populated place found by name, with the admin units it belongs to. */
public record PlaceMatch(String gazetteer, String pcode, String name, double lat, double lon, AdminUnitRef adm1,
        AdminUnitRef adm2, AdminUnitRef adm3) {
}
