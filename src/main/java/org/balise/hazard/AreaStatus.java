package org.balise.hazard;

public enum AreaStatus {
    /** Nothing released yet. */
    OPEN,
    /** Part of the area released: cancelled, reduced or cleared. */
    WORKED_ON,
    /** Nothing remains: the whole area is released. */
    CLOSED
}
