package org.balise.casualty;

public enum Sex {
    FEMALE, MALE, UNKNOWN
}
