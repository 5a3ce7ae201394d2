package org.balise.geography;

/** A populated place as prioritisation weighs it: class 1 is the capital, 5 a village (OCHA COD-PP classes). */
public record Settlement(String pcode, String name, double lat, double lon, int placeClass) {
}
