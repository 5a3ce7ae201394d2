package org.balise.arms;

/** What a facility stores: weapons (armoury), ammunition (depot), both, or a unit's own small store. */
public enum FacilityType {
    ARMOURY, AMMUNITION_DEPOT, MIXED, UNIT_STORE;

    /** Whether questions about a kind of stock apply to this facility. */
    public boolean holds(Scope scope) {
        return switch (scope) {
            case BOTH -> true;
            case WEAPONS -> this != AMMUNITION_DEPOT;
            case AMMUNITION -> this != ARMOURY;
        };
    }

    /** The stock an assessment question is about. */
    public enum Scope {
        WEAPONS, AMMUNITION, BOTH
    }
}
