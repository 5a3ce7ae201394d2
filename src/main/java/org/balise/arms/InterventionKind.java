package org.balise.arms;

/** What an intervention plan item does to a facility. */
public enum InterventionKind {
    REHABILITATION, CONSTRUCTION, EQUIPMENT, TRAINING
}
