package org.balise.arms;

/** The role of a building within a facility, as quantity-distances distinguish them. */
public enum BuildingRole {
    EXPLOSIVE_STOREHOUSE, PROCESS_BUILDING, GUARD_HOUSE, OFFICE, OTHER
}
