package org.balise.arms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.arms.InventoryRequests.NewDestruction;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.InventoryRepository;
import org.balise.shared.FieldChecks;
import org.balise.arms.internal.InventoryRules;
import org.balise.arms.internal.Ledger;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.identity.CurrentUser;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destruction events: the weapons (by serial) and ammunition (by lot and quantity) destroyed, with method,
 * place, witnesses and certificate. A destroyed weapon leaves the active inventory for good and stays searchable.
 */
@Service
@Transactional
public class DestructionManagement {

    private static final int MAX_ITEMS = 10_000;

    private final InventoryRepository inventory;
    private final ArmsRepository facilities;
    private final AuditLog audit;
    private final Clock clock;

    DestructionManagement(InventoryRepository inventory, ArmsRepository facilities, AuditLog audit, Clock clock) {
        this.inventory = inventory;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    public Destruction record(NewDestruction request) {
        ArmsAccess.requireWriter();
        List<FieldProblem> problems = new ArrayList<>();
        String facilityReference = FieldChecks.text(request.facility(), "facility", 20, true, problems);
        DestructionMethod method = Codes.parse(DestructionMethod.class, request.method(), "method", problems);
        String place = FieldChecks.text(request.place(), "place", 200, true, problems);
        LocalDate on = FieldChecks.date(request.destroyedOn(), "destroyedOn", true, LocalDate.now(clock), problems);
        String witnesses = FieldChecks.text(request.witnesses(), "witnesses", 1000, true, problems);
        String certificate = FieldChecks.text(request.certificateNumber(), "certificateNumber", 60, true, problems);
        List<Long> weaponIds = request.weaponIds() == null ? List.of() : request.weaponIds();
        List<NewDestruction.LotQuantity> lots = request.lots() == null ? List.of() : request.lots();
        if (weaponIds.isEmpty() && lots.isEmpty()) {
            problems.add(new FieldProblem("weaponIds", "nothing-destroyed", "List the weapons or the ammunition destroyed"));
        }
        if (weaponIds.size() + lots.size() > MAX_ITEMS) {
            problems.add(new FieldProblem("weaponIds", "too-many", "At most " + MAX_ITEMS + " lines per destruction"));
        }
        if (new HashSet<>(weaponIds).size() != weaponIds.size() || weaponIds.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("weaponIds", "duplicate", "Each weapon is listed once"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        ArmsAccess.visibleFacility(facilities, facilityReference);
        long facilityId = facilities.idOf(facilityReference).orElseThrow();
        if (inventory.certificateUsed(certificate)) {
            throw new ProblemException(ProblemType.CONFLICT, "Certificate " + certificate + " is already recorded");
        }
        List<Weapon> weapons = new ArrayList<>();
        for (int i = 0; i < weaponIds.size(); i++) {
            Weapon weapon = ArmsAccess.visibleWeapon(inventory, weaponIds.get(i));
            Ledger.after(weapon.state(), MovementKind.DESTRUCTION, weapon.serialNumber());
            if (!facilityReference.equals(weapon.facilityReference())) {
                problems.add(new FieldProblem("weaponIds[" + i + "]", "not-here", "Weapon " + weapon.serialNumber() + " is held by "
                        + weapon.facilityReference() + ", not " + facilityReference));
            }
            weapons.add(weapon);
        }
        Map<Long, Long> quantities = new HashMap<>();
        for (int i = 0; i < lots.size(); i++) {
            NewDestruction.LotQuantity line = lots.get(i);
            if (line == null || line.lotId() == null || line.quantity() == null || line.quantity() < 1
                    || line.quantity() > InventoryRules.MAX_QUANTITY) {
                problems.add(new FieldProblem("lots[" + i + "]", "invalid-line", "A lot line has a lotId and a quantity of 1 or more"));
                continue;
            }
            AmmunitionLot lot = ArmsAccess.visibleLot(inventory, line.lotId());
            if (!facilityReference.equals(lot.facilityReference())) {
                problems.add(new FieldProblem("lots[" + i + "].lotId", "not-here", "Lot " + lot.lotNumber() + " is not held by "
                        + facilityReference));
                continue;
            }
            long total = quantities.merge(lot.id(), line.quantity(), Long::sum);
            if (total > lot.quantity()) {
                problems.add(new FieldProblem("lots[" + i + "].quantity", "more-than-on-hand", "Lot " + lot.lotNumber() + " holds "
                        + lot.quantity() + ", not " + total));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String reference = inventory.nextDestructionReference();
        long id = inventory.insertDestruction(reference, facilityId, method, place, on, witnesses, certificate, clock.instant(),
                CurrentUser.name());
        for (Weapon weapon : weapons) {
            inventory.insertMovement(new InventoryRepository.MovementRow(MovementKind.DESTRUCTION, weapon.id(), null, facilityId, -1, on,
                    certificate, null, id, CurrentUser.name()), clock.instant());
            inventory.moveWeapon(weapon.id(), null, WeaponState.DESTROYED);
        }
        quantities.forEach((lotId, quantity) -> inventory.insertMovement(new InventoryRepository.MovementRow(MovementKind.DESTRUCTION,
                null, lotId, facilityId, -quantity, on, certificate, null, id, CurrentUser.name()), clock.instant()));
        audit.record(AuditEntry.of("DESTRUCTION_RECORDED", "facility", facilityReference)
                .summary(reference + ": " + weapons.size() + " weapon(s), " + quantities.size() + " lot line(s)"));
        return destruction(inventory.destruction(reference).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<Destruction> destructions() {
        List<Destruction> all = inventory.destructions(ArmsAccess.institutionScope()).stream().map(this::destruction).toList();
        audit.recordStandalone(AuditEntry.of("DESTRUCTIONS_READ", "destruction", "list").summary(all.size() + " event(s)"));
        return all;
    }

    @Transactional(readOnly = true)
    public Destruction destruction(String reference) {
        InventoryRepository.DestructionRow row = inventory.destruction(reference)
                .orElseThrow(() -> ProblemException.notFound("Destruction", reference));
        Long scope = ArmsAccess.institutionScope();
        if (scope != null && scope != row.institutionId()) {
            throw ProblemException.notFound("Destruction", reference);
        }
        audit.recordStandalone(AuditEntry.of("DESTRUCTION_READ", "destruction", reference));
        return destruction(row);
    }

    private Destruction destruction(InventoryRepository.DestructionRow row) {
        List<Weapon> weapons = new ArrayList<>();
        List<Destruction.DestroyedLot> lots = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Movement movement : inventory.movementsOfDestruction(row.id())) {
            if (movement.weaponId() != null && seen.add(movement.weaponId())) {
                inventory.weapon(movement.weaponId()).ifPresent(weapons::add);
            } else if (movement.lotId() != null) {
                inventory.lot(movement.lotId()).ifPresent(lot -> lots.add(new Destruction.DestroyedLot(lot.id(), lot.lotNumber(),
                        lot.ammoType(), -movement.quantity())));
            }
        }
        return new Destruction(row.reference(), row.facilityReference(), row.method(), row.place(), row.destroyedOn(),
                row.witnesses(), row.certificateNumber(), weapons, lots);
    }
}
