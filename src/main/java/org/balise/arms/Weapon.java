package org.balise.arms;

/** A weapon, identified by its serial number, with the facility that holds (or last held) it and its state. */
public record Weapon(long id, String facilityReference, WeaponType type, String make, String model, String calibre,
        String serialNumber, String country, Integer yearMade, String markings, ItemCondition condition, WeaponState state) {
}
