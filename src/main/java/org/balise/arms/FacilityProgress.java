package org.balise.arms;

import java.math.BigDecimal;

/**
 * A facility in the programme view: the level of its first and latest assessments, its plan items by status
 * and what they cost, planned and done.
 */
public record FacilityProgress(String reference, String name, String adm1Name, String institutionName, Integer firstLevel,
        Integer latestLevel, int planned, int inProgress, int done, int cancelled, BigDecimal costPlannedUsd,
        BigDecimal costDoneUsd) {
}
