package org.balise.arms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.arms.AmmunitionLot;
import org.balise.arms.CountReport;
import org.balise.arms.Destruction;
import org.balise.arms.DestructionManagement;
import org.balise.arms.InventoryManagement;
import org.balise.arms.InventoryRequests;
import org.balise.arms.Movement;
import org.balise.arms.Weapon;
import org.balise.arms.WeaponHistory;
import org.balise.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Arms management")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('AMD_OFFICER', 'AUTHORITY')")
class InventoryApiController {

    private final InventoryManagement inventory;
    private final DestructionManagement destructions;

    InventoryApiController(InventoryManagement inventory, DestructionManagement destructions) {
        this.inventory = inventory;
        this.destructions = destructions;
    }

    @GetMapping("/facilities/{reference}/weapons")
    List<Weapon> weapons(@PathVariable String reference) {
        return inventory.weapons(reference);
    }

    @Operation(summary = "Receive a weapon into the facility's stock (a RECEIPT line in the ledger)")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities/{reference}/weapons")
    ResponseEntity<Weapon> receiveWeapon(@PathVariable String reference, @RequestBody InventoryRequests.NewWeapon request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inventory.receiveWeapon(reference, request));
    }

    @Operation(summary = "Every weapon with a serial number (ignoring case, spaces and dashes), in any facility and state, with its history")
    @GetMapping("/weapons")
    ListPage<WeaponHistory> weaponsBySerial(@RequestParam(required = false) String serial) {
        List<WeaponHistory> found = inventory.searchSerial(serial);
        return new ListPage<>(found, found.size());
    }

    @GetMapping("/weapons/{id}")
    WeaponHistory weapon(@PathVariable long id) {
        return inventory.weapon(id);
    }

    @Operation(summary = "Ammunition lots with their quantity on hand, of one facility (facility=) or all")
    @GetMapping("/ammunition-lots")
    ListPage<AmmunitionLot> lots(@RequestParam(required = false) String facility) {
        List<AmmunitionLot> lots = inventory.lots(facility);
        return new ListPage<>(lots, lots.size());
    }

    @Operation(summary = "Receive ammunition into a lot of the facility (created on first receipt)")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities/{reference}/ammunition-lots")
    ResponseEntity<AmmunitionLot> receiveLot(@PathVariable String reference, @RequestBody InventoryRequests.NewLot request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inventory.receiveLot(reference, request));
    }

    @Operation(summary = "Issue, transfer, loss or theft report, or return of a weapon or of a quantity of a lot")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/movements")
    ResponseEntity<List<Movement>> move(@RequestBody InventoryRequests.MovementRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inventory.move(request));
    }

    @Operation(summary = "Compare a physical count with the records: missing weapons, unrecorded serials, lot differences")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/facilities/{reference}/counts")
    CountReport count(@PathVariable String reference, @RequestBody InventoryRequests.PhysicalCount request) {
        return inventory.count(reference, request);
    }

    @GetMapping("/destructions")
    ListPage<Destruction> destructions() {
        List<Destruction> all = destructions.destructions();
        return new ListPage<>(all, all.size());
    }

    @GetMapping("/destructions/{reference}")
    Destruction destruction(@PathVariable String reference) {
        return destructions.destruction(reference);
    }

    @Operation(summary = "Record a destruction: weapons by id, ammunition by lot and quantity, all held by the facility")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/destructions")
    ResponseEntity<Destruction> destroy(@RequestBody InventoryRequests.NewDestruction request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(destructions.record(request));
    }
}
