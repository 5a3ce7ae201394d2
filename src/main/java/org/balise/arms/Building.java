package org.balise.arms;

public record Building(String name, BuildingRole role, double lat, double lon) {
}
