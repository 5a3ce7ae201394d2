package org.balise.arms;

public enum DestructionMethod {
    CUTTING, CRUSHING, BURNING, DEMOLITION
}
