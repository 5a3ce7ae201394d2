package org.balise.arms.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.arms.AmmunitionLot;
import org.balise.arms.CountReport;
import org.balise.arms.MovementKind;
import org.balise.arms.Weapon;
import org.balise.arms.WeaponState;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;

/** The ledger's arithmetic and a weapon's life: what each movement does, what it may not do. */
public final class Ledger {

    private Ledger() {
    }

    /**
     * A weapon's state after a movement. Destruction is final: a destroyed weapon is never issued, moved or
     * returned again, whatever a later entry says.
     */
    public static WeaponState after(WeaponState state, MovementKind kind, String serial) {
        if (state == WeaponState.DESTROYED) {
            throw new ProblemException(ProblemType.CONFLICT, "Weapon " + serial + " was destroyed: it can never be "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "d again");
        }
        WeaponState next = switch (kind) {
            case ISSUE -> state == WeaponState.IN_STOCK ? WeaponState.ISSUED : null;
            case RETURN -> state == WeaponState.ISSUED || state == WeaponState.LOST ? WeaponState.IN_STOCK : null;
            case TRANSFER_OUT, TRANSFER_IN -> state == WeaponState.IN_STOCK ? WeaponState.IN_STOCK : null;
            case LOSS -> state == WeaponState.IN_STOCK || state == WeaponState.ISSUED ? WeaponState.LOST : null;
            case DESTRUCTION -> state == WeaponState.IN_STOCK ? WeaponState.DESTROYED : null;
            case RECEIPT -> null;
        };
        if (next == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Weapon " + serial + " is " + state + ": no " + kind + " from there");
        }
        return next;
    }

    /** The quantity a movement adds to (+) or takes from (−) the facility's stock. */
    public static long signed(MovementKind kind, long quantity) {
        return switch (kind) {
            case RECEIPT, RETURN, TRANSFER_IN -> quantity;
            case ISSUE, TRANSFER_OUT, LOSS, DESTRUCTION -> -quantity;
        };
    }

    /** A lot cannot give out more than it holds. */
    public static void requireOnHand(AmmunitionLot lot, long quantity) {
        if (quantity > lot.quantity()) {
            throw ProblemException.invalid("quantity", "more-than-on-hand", "Lot " + lot.lotNumber() + " holds " + lot.quantity()
                    + ", not " + quantity);
        }
    }

    /** Serial numbers compare without case, spaces or dashes: "AK 12-345" and "ak12345" are one weapon. */
    public static String serialKey(String serial) {
        return serial == null ? "" : serial.replaceAll("[\\s\\-_/.]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Compares a count with the records: weapons in stock not found, serials found not in stock, lot differences. */
    public static CountReport reconcile(String facility, java.time.LocalDate on, String by, List<Weapon> inStock,
            List<String> serialsFound, List<AmmunitionLot> lots, Map<Long, Long> counted) {
        Set<String> found = new HashSet<>();
        serialsFound.forEach(serial -> found.add(serialKey(serial)));
        Set<String> recorded = new HashSet<>();
        List<Weapon> missing = new ArrayList<>();
        for (Weapon weapon : inStock) {
            String key = serialKey(weapon.serialNumber());
            recorded.add(key);
            if (!found.contains(key)) {
                missing.add(weapon);
            }
        }
        List<String> unrecorded = serialsFound.stream().filter(serial -> !recorded.contains(serialKey(serial))).distinct().toList();
        List<CountReport.LotDifference> differences = new ArrayList<>();
        for (AmmunitionLot lot : lots) {
            long countedQuantity = counted.getOrDefault(lot.id(), 0L);
            if (countedQuantity != lot.quantity()) {
                differences.add(new CountReport.LotDifference(lot.id(), lot.lotNumber(), lot.ammoType(), lot.quantity(), countedQuantity));
            }
        }
        return new CountReport(facility, on, by, inStock.size(), inStock.size() - missing.size(), missing, unrecorded, differences);
    }
}
