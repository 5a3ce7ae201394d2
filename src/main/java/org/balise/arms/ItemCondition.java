package org.balise.arms;

public enum ItemCondition {
    SERVICEABLE, UNSERVICEABLE, UNKNOWN
}
