package org.balise.shared.ordnance;

/** Categories of explosive ordnance as mine action databases and the Landmine Monitor count them: one vocabulary for hazards, accidents and reports. */
public enum DeviceCategory {
    AP_MINE, AV_MINE, IMPROVISED_MINE, CLUSTER_MUNITION_REMNANT, UXO, AXO, IED_OTHER, UNKNOWN
}
