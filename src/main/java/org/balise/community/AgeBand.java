package org.balise.community;

/** Age of a focal point: youth (under 25), adult, elder (60 and over). */
public enum AgeBand {
    YOUTH, ADULT, ELDER
}
