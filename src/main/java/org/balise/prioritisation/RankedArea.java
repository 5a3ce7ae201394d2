package org.balise.prioritisation;

import java.util.List;

/** A hazardous area with its rank, score and the factors that make it up (contributions add up to the score). */
public record RankedArea(int rank, String reference, String name, String adm1Pcode, String adm1Name, double score,
        List<FactorContribution> factors, double lat, double lon) {
}
