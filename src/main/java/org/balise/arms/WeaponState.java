package org.balise.arms;

/** Where a weapon stands: in its store, issued to a unit, reported lost or stolen, or destroyed for good. */
public enum WeaponState {
    IN_STOCK, ISSUED, LOST, DESTROYED
}
