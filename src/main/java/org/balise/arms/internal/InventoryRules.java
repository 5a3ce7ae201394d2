package org.balise.arms.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.arms.InventoryRequests.NewLot;
import org.balise.arms.InventoryRequests.NewWeapon;
import org.balise.arms.ItemCondition;
import org.balise.arms.WeaponType;
import org.balise.shared.Codes;
import org.balise.shared.FieldChecks;
import org.balise.shared.FieldProblem;

/** Checks what clients send about weapons, lots and movements, naming every problem. */
public final class InventoryRules {

    /** Hazard divisions a lot may carry, as the storage rules of IATG 02.20 distinguish them. */
    static final Set<String> HAZARD_DIVISIONS = Set.of("1.1", "1.2.1", "1.2.2", "1.3", "1.3.1", "1.3.2", "1.4", "1.5", "1.6");
    private static final String COMPATIBILITY_GROUPS = "ABCDEFGHJKLNS";
    /** The largest quantity one receipt or movement may carry. */
    public static final long MAX_QUANTITY = 100_000_000L;

    private InventoryRules() {
    }

    public record WeaponDraft(WeaponType type, String make, String model, String calibre, String serialNumber, String country,
            Integer yearMade, String markings, ItemCondition condition, LocalDate receivedOn, String document) {
    }

    public static WeaponDraft weapon(NewWeapon request, LocalDate today, List<FieldProblem> problems) {
        WeaponType type = Codes.parse(WeaponType.class, request.type(), "type", problems);
        String serial = FieldChecks.text(request.serialNumber(), "serialNumber", 60, true, problems);
        if (serial != null && Ledger.serialKey(serial).isEmpty()) {
            problems.add(new FieldProblem("serialNumber", "invalid-serial", "A serial number has letters or digits"));
        }
        Integer year = request.yearMade();
        if (year != null && (year < 1800 || year > today.getYear())) {
            problems.add(new FieldProblem("yearMade", "invalid-year", "yearMade is from 1800 to this year"));
        }
        ItemCondition condition = request.condition() == null ? ItemCondition.UNKNOWN
                : Codes.parse(ItemCondition.class, request.condition(), "condition", problems);
        LocalDate received = FieldChecks.date(request.receivedOn(), "receivedOn", true, today, problems);
        return new WeaponDraft(type, FieldChecks.text(request.make(), "make", 100, false, problems), FieldChecks.text(request.model(), "model", 100, false, problems),
                FieldChecks.text(request.calibre(), "calibre", 40, false, problems), serial, FieldChecks.text(request.country(), "country", 60, false, problems),
                year, FieldChecks.text(request.markings(), "markings", 500, false, problems), condition, received,
                FieldChecks.text(request.document(), "document", 200, false, problems));
    }

    public record LotDraft(String ammoType, String calibre, String lotNumber, String hazardDivision, String compatibilityGroup,
            double neqPerItemKg, ItemCondition condition, LocalDate manufacturedOn, long quantity, LocalDate receivedOn,
            String document, String storehouse) {
    }

    public static LotDraft lot(NewLot request, LocalDate today, List<FieldProblem> problems) {
        String type = FieldChecks.text(request.ammoType(), "ammoType", 100, true, problems);
        String lotNumber = FieldChecks.text(request.lotNumber(), "lotNumber", 60, true, problems);
        String division = request.hazardDivision() == null ? "" : request.hazardDivision().strip();
        if (!HAZARD_DIVISIONS.contains(division)) {
            problems.add(new FieldProblem("hazardDivision", "unknown-division", "hazardDivision is one of 1.1, 1.2.1, 1.2.2, 1.3, "
                    + "1.3.1, 1.3.2, 1.4, 1.5, 1.6"));
        }
        String group = request.compatibilityGroup() == null ? "" : request.compatibilityGroup().strip().toUpperCase(Locale.ROOT);
        if (group.length() != 1 || COMPATIBILITY_GROUPS.indexOf(group.charAt(0)) < 0) {
            problems.add(new FieldProblem("compatibilityGroup", "unknown-group", "compatibilityGroup is one letter of "
                    + COMPATIBILITY_GROUPS));
        }
        Double neq = request.neqPerItemKg();
        if (neq == null || !Double.isFinite(neq) || neq < 0 || neq > 10_000) {
            problems.add(new FieldProblem("neqPerItemKg", "invalid-neq", "neqPerItemKg is a number of kg from 0 to 10,000"));
        }
        Long quantity = request.quantity();
        if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
            problems.add(new FieldProblem("quantity", "invalid-quantity", "quantity is a whole number from 1 to " + MAX_QUANTITY));
        }
        ItemCondition condition = request.condition() == null ? ItemCondition.UNKNOWN
                : Codes.parse(ItemCondition.class, request.condition(), "condition", problems);
        LocalDate made = FieldChecks.date(request.manufacturedOn(), "manufacturedOn", false, today, problems);
        LocalDate received = FieldChecks.date(request.receivedOn(), "receivedOn", true, today, problems);
        return new LotDraft(type, FieldChecks.text(request.calibre(), "calibre", 40, false, problems), lotNumber, division, group,
                neq == null ? 0 : neq, condition, made, quantity == null ? 0 : quantity, received,
                FieldChecks.text(request.document(), "document", 200, false, problems), FieldChecks.text(request.storehouse(), "storehouse", 200, false, problems));
    }
}
