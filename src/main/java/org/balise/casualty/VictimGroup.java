package org.balise.casualty;

/** Who the victim was, as the Landmine Monitor distinguishes them. */
public enum VictimGroup {
    CIVILIAN, MILITARY, DEMINER, UNKNOWN
}
