package org.balise.hazard;

/** Land use that a hazardous area blocks. */
public enum LandUse {
    AGRICULTURE, GRAZING, WATER, ROADS, HOUSING, INFRASTRUCTURE, SERVICES
}
