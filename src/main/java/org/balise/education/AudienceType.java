package org.balise.education;

/** Who the audience was, as humanitarian reporting distinguishes displacement status. */
public enum AudienceType {
    RESIDENTS, INTERNALLY_DISPLACED, REFUGEES, RETURNEES, NOMADS, PUPILS
}
