package org.balise.arms;

public enum FacilityStatus {
    OPERATIONAL, UNDER_REFURBISHMENT, CLOSED
}
