package org.balise.geography;

public record NearestPlace(String pcode, String name, long distanceMetres) {
}
