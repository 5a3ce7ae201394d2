package org.balise.hazard;

/** Categories of explosive ordnance as mine action databases and the Landmine Monitor count them. */
public enum DeviceCategory {
    AP_MINE, AV_MINE, IMPROVISED_MINE, CLUSTER_MUNITION_REMNANT, UXO, AXO, IED_OTHER, UNKNOWN
}
