package org.balise.hazard;

/** How land is released (IMAS 07.11): by information, by technical survey, or by clearance. */
public enum ReleaseKind {
    CANCELLED, REDUCED, CLEARED
}
