package org.balise.arms;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An intervention plan item, raised from a failing question of an assessment or entered on its own. */
public record PlanItem(long id, String facilityReference, String assessmentReference, String questionCode,
        InterventionKind kind, String description, BigDecimal costUsd, PlanStatus status, LocalDate plannedOn,
        LocalDate doneOn) {
}
