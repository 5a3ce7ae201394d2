package org.balise.arms;

import java.time.LocalDate;
import java.util.List;

/** A destruction event with what it destroyed: weapons by serial, ammunition by lot and quantity. */
public record Destruction(String reference, String facilityReference, DestructionMethod method, String place,
        LocalDate destroyedOn, String witnesses, String certificateNumber, List<Weapon> weapons, List<DestroyedLot> lots) {

    public record DestroyedLot(long lotId, String lotNumber, String ammoType, long quantity) {
    }
}
