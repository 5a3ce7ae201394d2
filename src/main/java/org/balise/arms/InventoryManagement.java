package org.balise.arms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balise.arms.InventoryRequests.MovementRequest;
import org.balise.arms.InventoryRequests.NewLot;
import org.balise.arms.InventoryRequests.NewWeapon;
import org.balise.arms.InventoryRequests.PhysicalCount;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.InventoryRepository;
import org.balise.shared.FieldChecks;
import org.balise.arms.internal.InventoryRules;
import org.balise.arms.internal.Ledger;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.identity.CurrentUser;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weapons and ammunition lots of each facility, kept by a ledger that is only ever added to: receipts, issues,
 * transfers, losses and thefts, returns. A physical count compared with the records gives a discrepancy report.
 */
@Service
@Transactional
public class InventoryManagement {

    private final InventoryRepository inventory;
    private final ArmsRepository facilities;
    private final AuditLog audit;
    private final Clock clock;

    InventoryManagement(InventoryRepository inventory, ArmsRepository facilities, AuditLog audit, Clock clock) {
        this.inventory = inventory;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    public Weapon receiveWeapon(String facilityReference, NewWeapon request) {
        ArmsAccess.requireWriter();
        long facilityId = facilityId(facilityReference);
        List<FieldProblem> problems = new ArrayList<>();
        InventoryRules.WeaponDraft draft = InventoryRules.weapon(request, today(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (inventory.serialHeld(draft.serialNumber(), draft.make())) {
            throw new ProblemException(ProblemType.CONFLICT, "A weapon " + (draft.make() == null ? "" : draft.make() + " ")
                    + "with serial " + draft.serialNumber() + " is already held: record a transfer or a return instead");
        }
        long id = inventory.insertWeapon(new InventoryRepository.WeaponRow(facilityId, draft.type(), draft.make(), draft.model(),
                draft.calibre(), draft.serialNumber(), draft.country(), draft.yearMade(), draft.markings(), draft.condition()),
                clock.instant());
        inventory.insertMovement(new InventoryRepository.MovementRow(MovementKind.RECEIPT, id, null, facilityId, 1, draft.receivedOn(),
                draft.document(), null, null, CurrentUser.name()), clock.instant());
        audit.record(AuditEntry.of("WEAPON_RECEIVED", "facility", facilityReference).summary("weapon " + id));
        return inventory.weapon(id).orElseThrow();
    }

    public AmmunitionLot receiveLot(String facilityReference, NewLot request) {
        ArmsAccess.requireWriter();
        long facilityId = facilityId(facilityReference);
        List<FieldProblem> problems = new ArrayList<>();
        InventoryRules.LotDraft draft = InventoryRules.lot(request, today(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String storehouse = storehouse(facilityReference, draft.storehouse());
        long lotId = inventory.lotAt(new InventoryRepository.LotRow(facilityId, draft.ammoType(), draft.calibre(), draft.lotNumber(),
                draft.hazardDivision(), draft.compatibilityGroup(), draft.neqPerItemKg(), draft.condition(), draft.manufacturedOn(),
                storehouse), clock.instant());
        AmmunitionLot lot = inventory.lot(lotId).orElseThrow();
        if (!lot.hazardDivision().equals(draft.hazardDivision()) || !lot.compatibilityGroup().equals(draft.compatibilityGroup())
                || lot.neqPerItemKg() != draft.neqPerItemKg()) {
            throw new ProblemException(ProblemType.CONFLICT, "Lot " + lot.lotNumber() + " is held here as HD " + lot.hazardDivision()
                    + lot.compatibilityGroup() + ", " + lot.neqPerItemKg() + " kg NEQ per item: a receipt cannot change that");
        }
        inventory.insertMovement(new InventoryRepository.MovementRow(MovementKind.RECEIPT, null, lotId, facilityId, draft.quantity(),
                draft.receivedOn(), draft.document(), null, null, CurrentUser.name()), clock.instant());
        audit.record(AuditEntry.of("LOT_RECEIVED", "facility", facilityReference).summary("lot " + lotId + ", " + draft.quantity()));
        return inventory.lot(lotId).orElseThrow();
    }

    /** Issues, transfers, loss or theft reports and returns, as ledger lines; answers the lines written. */
    public List<Movement> move(MovementRequest request) {
        ArmsAccess.requireWriter();
        List<FieldProblem> problems = new ArrayList<>();
        String kindText = request.kind() == null ? "" : request.kind().strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("ISSUE", "TRANSFER", "LOSS", "RETURN").contains(kindText)) {
            problems.add(new FieldProblem("kind", "unknown-code", "kind is ISSUE, TRANSFER, LOSS or RETURN"));
        }
        if ((request.weaponId() == null) == (request.lotId() == null)) {
            problems.add(new FieldProblem("weaponId", "one-item", "Name either a weaponId or a lotId"));
        }
        LocalDate on = FieldChecks.date(request.movedOn(), "movedOn", true, today(), problems);
        String document = FieldChecks.text(request.document(), "document", 200, false, problems);
        String note = FieldChecks.text(request.note(), "note", 500, false, problems);
        Long toFacility = null;
        if (kindText.equals("TRANSFER")) {
            if (request.toFacility() == null || request.toFacility().isBlank()) {
                problems.add(new FieldProblem("toFacility", "required", "A transfer names the facility it goes to"));
            } else {
                toFacility = facilityId(request.toFacility().strip());
            }
        }
        if (request.lotId() != null && (request.quantity() == null || request.quantity() < 1
                || request.quantity() > InventoryRules.MAX_QUANTITY)) {
            problems.add(new FieldProblem("quantity", "invalid-quantity", "quantity is a whole number of items, 1 or more"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return request.weaponId() != null ? moveWeapon(request.weaponId(), kindText, toFacility, on, document, note)
                : moveLot(request.lotId(), kindText, request.quantity(), toFacility, on, document, note);
    }

    private List<Movement> moveWeapon(long weaponId, String kind, Long toFacility, LocalDate on, String document, String note) {
        Weapon weapon = ArmsAccess.visibleWeapon(inventory, weaponId);
        long from = facilities.idOf(weapon.facilityReference()).orElseThrow();
        if (toFacility != null && toFacility == from) {
            throw ProblemException.invalid("toFacility", "same-facility", "A transfer goes to another facility");
        }
        List<InventoryRepository.MovementRow> lines = new ArrayList<>();
        WeaponState next;
        if (kind.equals("TRANSFER")) {
            next = Ledger.after(weapon.state(), MovementKind.TRANSFER_OUT, weapon.serialNumber());
            lines.add(line(MovementKind.TRANSFER_OUT, weaponId, null, from, -1, on, document, note));
            lines.add(line(MovementKind.TRANSFER_IN, weaponId, null, toFacility, 1, on, document, note));
        } else {
            MovementKind movement = MovementKind.valueOf(kind);
            next = Ledger.after(weapon.state(), movement, weapon.serialNumber());
            lines.add(line(movement, weaponId, null, from, Ledger.signed(movement, 1), on, document, note));
        }
        lines.forEach(line -> inventory.insertMovement(line, clock.instant()));
        inventory.moveWeapon(weaponId, toFacility, next);
        audit.record(AuditEntry.of("WEAPON_MOVED", "facility", weapon.facilityReference()).changed("state", weapon.state(), next)
                .summary(kind + " of weapon " + weaponId));
        List<Movement> all = inventory.movementsOfWeapon(weaponId);
        return all.subList(all.size() - lines.size(), all.size());
    }

    private List<Movement> moveLot(long lotId, String kind, long quantity, Long toFacility, LocalDate on, String document, String note) {
        AmmunitionLot lot = ArmsAccess.visibleLot(inventory, lotId);
        long from = facilities.idOf(lot.facilityReference()).orElseThrow();
        MovementKind movement = kind.equals("TRANSFER") ? MovementKind.TRANSFER_OUT : MovementKind.valueOf(kind);
        if (movement != MovementKind.RETURN) {
            Ledger.requireOnHand(lot, quantity);
        }
        if (toFacility != null && toFacility == from) {
            throw ProblemException.invalid("toFacility", "same-facility", "A transfer goes to another facility");
        }
        inventory.insertMovement(line(movement, null, lotId, from, Ledger.signed(movement, quantity), on, document, note), clock.instant());
        if (toFacility != null) {
            long target = inventory.lotAt(new InventoryRepository.LotRow(toFacility, lot.ammoType(), lot.calibre(), lot.lotNumber(),
                    lot.hazardDivision(), lot.compatibilityGroup(), lot.neqPerItemKg(), lot.condition(), lot.manufacturedOn(),
                    onlyStorehouse(toFacility)), clock.instant());
            inventory.insertMovement(line(MovementKind.TRANSFER_IN, null, target, toFacility, quantity, on, document, note), clock.instant());
        }
        audit.record(AuditEntry.of("LOT_MOVED", "facility", lot.facilityReference()).summary(kind + " of " + quantity + " from lot " + lotId));
        List<Movement> all = inventory.movementsOfLot(lotId);
        return List.of(all.getLast());
    }

    private InventoryRepository.MovementRow line(MovementKind kind, Long weaponId, Long lotId, long facilityId, long signed,
            LocalDate on, String document, String note) {
        return new InventoryRepository.MovementRow(kind, weaponId, lotId, facilityId, signed, on, document, note, null, CurrentUser.name());
    }

    @Transactional(readOnly = true)
    public List<Weapon> weapons(String facilityReference) {
        long id = facilityId(facilityReference);
        audit.recordStandalone(AuditEntry.of("WEAPONS_READ", "facility", facilityReference));
        return inventory.weaponsAt(id, null);
    }

    @Transactional(readOnly = true)
    public List<AmmunitionLot> lots(String facilityReference) {
        Long facilityId = facilityReference == null || facilityReference.isBlank() ? null : facilityId(facilityReference.strip());
        List<AmmunitionLot> lots = inventory.lots(facilityId, ArmsAccess.institutionScope());
        audit.recordStandalone(AuditEntry.of("LOTS_READ", "facility", facilityId == null ? "all" : facilityReference)
                .summary(lots.size() + " lot(s)"));
        return lots;
    }

    /** Every weapon with this serial the reader may see, in any facility and any state, with its whole history. */
    @Transactional(readOnly = true)
    public List<WeaponHistory> searchSerial(String serial) {
        if (serial == null || Ledger.serialKey(serial).isEmpty()) {
            throw ProblemException.invalid("serial", "required", "Give the serial number to search for");
        }
        List<WeaponHistory> found = inventory.weaponsBySerial(serial, ArmsAccess.institutionScope()).stream()
                .map(weapon -> new WeaponHistory(weapon, inventory.movementsOfWeapon(weapon.id()))).toList();
        audit.recordStandalone(AuditEntry.of("SERIAL_SEARCHED", "weapon", "search").summary(found.size() + " weapon(s) found"));
        return found;
    }

    @Transactional(readOnly = true)
    public WeaponHistory weapon(long id) {
        Weapon weapon = ArmsAccess.visibleWeapon(inventory, id);
        audit.recordStandalone(AuditEntry.of("WEAPON_READ", "weapon", id));
        return new WeaponHistory(weapon, inventory.movementsOfWeapon(id));
    }

    /** Compares a physical count with the records; anything on record and not found is flagged as a possible diversion. */
    public CountReport count(String facilityReference, PhysicalCount request) {
        ArmsAccess.requireWriter();
        long facilityId = facilityId(facilityReference);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = FieldChecks.date(request.countedOn(), "countedOn", true, today(), problems);
        String by = FieldChecks.text(request.countedBy(), "countedBy", 200, true, problems);
        List<String> serials = request.serialNumbers() == null ? List.of() : request.serialNumbers();
        if (serials.size() > 100_000 || serials.stream().anyMatch(serial -> serial == null || serial.length() > 60)) {
            problems.add(new FieldProblem("serialNumbers", "invalid-serials", "Serial numbers are at most 60 characters each"));
        }
        List<AmmunitionLot> lots = inventory.lots(facilityId, null);
        Map<Long, Long> counted = new HashMap<>();
        List<PhysicalCount.LotCount> lotCounts = request.lots() == null ? List.of() : request.lots();
        for (int i = 0; i < lotCounts.size(); i++) {
            PhysicalCount.LotCount lot = lotCounts.get(i);
            if (lot == null || lot.lotId() == null || lots.stream().noneMatch(held -> held.id() == lot.lotId())) {
                problems.add(new FieldProblem("lots[" + i + "].lotId", "not-here", "Count only the lots this facility holds"));
            } else if (lot.quantity() == null || lot.quantity() < 0) {
                problems.add(new FieldProblem("lots[" + i + "].quantity", "invalid-quantity", "A counted quantity is 0 or more"));
            } else {
                counted.merge(lot.lotId(), lot.quantity(), Long::sum);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        CountReport report = Ledger.reconcile(facilityReference, on, by, inventory.weaponsAt(facilityId, WeaponState.IN_STOCK),
                serials, lots, counted);
        audit.record(AuditEntry.of(report.diversionWarning() ? "COUNT_DISCREPANCY" : "COUNT_MATCHED", "facility", facilityReference)
                .summary(report.missingWeapons().size() + " weapon(s) missing, " + report.unrecordedSerials().size()
                        + " unrecorded, " + report.lotDifferences().size() + " lot difference(s)"));
        return report;
    }

    /**
     * The explosive storehouse of the facility that holds a received lot: the one named, or the facility's only
     * storehouse when it has one and none is named; null when it has none (the lot counts for the whole site).
     */
    private String storehouse(String facilityReference, String named) {
        List<String> storehouses = facilities.facility(facilityReference).orElseThrow().buildings().stream()
                .filter(building -> building.role() == BuildingRole.EXPLOSIVE_STOREHOUSE).map(Building::name).toList();
        if (named == null) {
            if (storehouses.size() > 1) {
                throw ProblemException.invalid("storehouse", "required", "Name the storehouse that holds the lot: one of " + storehouses);
            }
            return storehouses.isEmpty() ? null : storehouses.getFirst();
        }
        if (!storehouses.contains(named)) {
            throw ProblemException.invalid("storehouse", "unknown-storehouse", "The facility's explosive storehouses are " + storehouses);
        }
        return named;
    }

    /** Where a transferred lot lands: the receiving facility's only storehouse, else unassigned until counted in. */
    private String onlyStorehouse(long facilityId) {
        List<String> storehouses = facilities.referenceOf(facilityId).flatMap(facilities::facility).orElseThrow().buildings().stream()
                .filter(building -> building.role() == BuildingRole.EXPLOSIVE_STOREHOUSE).map(Building::name).toList();
        return storehouses.size() == 1 ? storehouses.getFirst() : null;
    }

    private long facilityId(String reference) {
        ArmsAccess.visibleFacility(facilities, reference);
        return facilities.idOf(reference).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
