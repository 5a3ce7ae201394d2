package org.balise.arms.qd;

/** The kinds of exposed site a quantity-distance protects (IATG 02.20 Table 2, Annex D Table D.1). */
public enum DistanceType {
    IBD("inhabited building distance"),
    PTR_HIGH("public traffic route, high density"),
    PTRD("public traffic route distance (medium density)"),
    PTR_LOW("public traffic route, low density"),
    VBD("vulnerable building distance"),
    PBD("process building distance"),
    IMD_EARTH_COVERED("inter-magazine distance, earth-covered (180 kPa)"),
    IMD("inter-magazine distance (70 kPa)"),
    /** HD 1.4 (cl. 10.2) has one rule, in words, for every exposed site. */
    ANY_EXPOSED_SITE("any exposed site");

    private final String label;

    DistanceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
