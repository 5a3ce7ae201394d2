package org.balise.hazard;

public enum DeviceCondition {
    INTACT, DAMAGED, FUZED, UNFUZED, UNKNOWN
}
