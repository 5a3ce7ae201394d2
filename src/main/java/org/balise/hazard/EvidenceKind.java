package org.balise.hazard;

/** Direct evidence (an item seen, an accident) confirms an area; indirect evidence only suggests it. */
public enum EvidenceKind {
    DIRECT, INDIRECT
}
