package org.balise.casualty;

/** What the victim was doing when the accident happened. */
public enum Activity {
    FARMING, HERDING, TRAVELLING, COLLECTING_WOOD_OR_WATER, PLAYING, HANDLING_ITEM, DEMINING, MILITARY_OPERATION, OTHER, UNKNOWN
}
