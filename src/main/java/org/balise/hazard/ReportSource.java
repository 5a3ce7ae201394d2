package org.balise.hazard;

/** Where a hazard report comes from: a non-technical survey team, or a community (often through a focal point). */
public enum ReportSource {
    NON_TECHNICAL_SURVEY, COMMUNITY
}
