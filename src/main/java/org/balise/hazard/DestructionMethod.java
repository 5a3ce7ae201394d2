package org.balise.hazard;

/** How a spot task destroyed what it found. */
public enum DestructionMethod {
    IN_SITU_DEMOLITION, BURNING, REMOVED_FOR_DESTRUCTION, RENDER_SAFE
}
