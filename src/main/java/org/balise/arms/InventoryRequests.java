package org.balise.arms;

import java.util.List;

/** What clients send about inventories: values as text so that every problem can be named. */
public final class InventoryRequests {

    private InventoryRequests() {
    }

    public record NewWeapon(String type, String make, String model, String calibre, String serialNumber, String country,
            Integer yearMade, String markings, String condition, String receivedOn, String document) {
    }

    public record NewLot(String ammoType, String calibre, String lotNumber, String hazardDivision, String compatibilityGroup,
            Double neqPerItemKg, String condition, String manufacturedOn, Long quantity, String receivedOn, String document,
            String storehouse) {
    }

    /** ISSUE, TRANSFER (with toFacility), LOSS or RETURN of a weapon, or of a quantity of a lot. */
    public record MovementRequest(String kind, Long weaponId, Long lotId, Long quantity, String toFacility, String movedOn,
            String document, String note) {
    }

    /** A physical count: the serial numbers found in the store and the quantity found of each lot. */
    public record PhysicalCount(String countedOn, String countedBy, List<String> serialNumbers, List<LotCount> lots) {

        public record LotCount(Long lotId, Long quantity) {
        }
    }

    public record NewDestruction(String facility, String method, String place, String destroyedOn, String witnesses,
            String certificateNumber, List<Long> weaponIds, List<LotQuantity> lots) {

        public record LotQuantity(Long lotId, Long quantity) {
        }
    }
}
