package org.balise.arms;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** An ammunition lot held by a facility; {@code quantity} is what its ledger leaves on hand, {@code neqKg} their NEQ. */
public record AmmunitionLot(long id, String facilityReference, String ammoType, String calibre, String lotNumber,
        String hazardDivision, String compatibilityGroup, double neqPerItemKg, ItemCondition condition, LocalDate manufacturedOn,
        long quantity, String storehouse) {

    @JsonProperty("neqKg")
    public double neqKg() {
        return quantity * neqPerItemKg;
    }
}
