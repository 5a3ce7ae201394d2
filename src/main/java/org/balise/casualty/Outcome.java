package org.balise.casualty;

public enum Outcome {
    KILLED, INJURED
}
