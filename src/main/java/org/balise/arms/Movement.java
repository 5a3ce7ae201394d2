package org.balise.arms;

import java.time.LocalDate;

/** A ledger line: signed quantity for the facility it concerns (+ into stock, − out of it). */
public record Movement(long id, MovementKind kind, Long weaponId, Long lotId, String facilityReference, long quantity,
        LocalDate movedOn, String document, String note, String destructionReference, String recordedBy) {
}
