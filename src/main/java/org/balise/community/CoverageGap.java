package org.balise.community;

/**
 * A commune as the network covers it: its hazardous areas with land left to release, its casualties of the last
 * twelve months, and its active focal points. {@code uncovered}: danger is known there and no focal point is active.
 */
public record CoverageGap(String adm3Pcode, String adm3Name, String adm1Name, int openAreas, int recentCasualties,
        int activeFocalPoints) {

    public boolean uncovered() {
        return activeFocalPoints == 0 && (openAreas > 0 || recentCasualties > 0);
    }
}
