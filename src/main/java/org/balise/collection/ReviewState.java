package org.balise.collection;

/** Review states as ODK Central has them; only APPROVED changes the registers. */
public enum ReviewState {
    RECEIVED, HAS_ISSUES, EDITED, APPROVED, REJECTED;

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
