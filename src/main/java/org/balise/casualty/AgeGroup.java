package org.balise.casualty;

/** Children are under 18, as in sex- and age-disaggregated data. */
public enum AgeGroup {
    CHILD, ADULT, UNKNOWN;

    public static AgeGroup of(Integer age, AgeGroup stated) {
        if (age != null) {
            return age < 18 ? CHILD : ADULT;
        }
        return stated == null ? UNKNOWN : stated;
    }
}
