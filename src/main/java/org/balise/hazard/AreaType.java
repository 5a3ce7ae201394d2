package org.balise.hazard;

/** Suspected (SHA, zone dangereuse suspectée) or confirmed (CHA, zone dangereuse confirmée) hazardous area. */
public enum AreaType {
    SHA, CHA
}
