package org.balise.arms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.arms.AmmunitionLot;
import org.balise.arms.DestructionMethod;
import org.balise.arms.ItemCondition;
import org.balise.arms.Movement;
import org.balise.arms.MovementKind;
import org.balise.arms.Weapon;
import org.balise.arms.WeaponState;
import org.balise.arms.WeaponType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of weapons, ammunition lots, the ledger and destruction events. */
@Repository
public class InventoryRepository {

    private static final String WEAPON_COLUMNS = """
            SELECT w.*, f.reference AS facility_reference, f.institution_id FROM arm_weapon w LEFT JOIN arm_facility f ON f.id = w.facility_id
            """;
    private static final String LOT_COLUMNS = """
            SELECT l.*, f.reference AS facility_reference, f.institution_id,
                (SELECT COALESCE(SUM(m.quantity), 0) FROM arm_movement m WHERE m.lot_id = l.id) AS on_hand
            FROM arm_ammo_lot l JOIN arm_facility f ON f.id = l.facility_id
            """;
    private static final String MOVEMENT_COLUMNS = """
            SELECT m.*, f.reference AS facility_reference, d.reference AS destruction_reference
            FROM arm_movement m JOIN arm_facility f ON f.id = m.facility_id LEFT JOIN arm_destruction d ON d.id = m.destruction_id
            """;

    private final JdbcClient jdbc;

    InventoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record WeaponRow(long facilityId, WeaponType type, String make, String model, String calibre, String serialNumber,
            String country, Integer yearMade, String markings, ItemCondition condition) {
    }

    public long insertWeapon(WeaponRow row, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_weapon (facility_id, weapon_type, make, model, calibre, serial_number, serial_key, country,
                    year_made, markings, condition, state, created_at)
                VALUES (:facility, :type, :make, :model, :calibre, :serial, :key, :country, :year, :markings, :condition,
                    'IN_STOCK', :at)""")
                .param("facility", row.facilityId()).param("type", row.type().name()).param("make", row.make())
                .param("model", row.model()).param("calibre", row.calibre()).param("serial", row.serialNumber())
                .param("key", Ledger.serialKey(row.serialNumber())).param("country", row.country()).param("year", row.yearMade())
                .param("markings", row.markings()).param("condition", row.condition().name()).param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Weapons with this serial that are still held somewhere (in stock or issued): the same weapon cannot arrive twice. */
    public boolean serialHeld(String serial, String make) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM arm_weapon WHERE serial_key = :key AND COALESCE(UPPER(make), '') = COALESCE(UPPER(:make), '')
                    AND state IN ('IN_STOCK', 'ISSUED')""")
                .param("key", Ledger.serialKey(serial)).param("make", make).query(Long.class).single() > 0;
    }

    public Optional<Weapon> weapon(long id) {
        return jdbc.sql(WEAPON_COLUMNS + " WHERE w.id = :id").param("id", id).query(InventoryRepository::weapon).optional();
    }

    public Optional<Long> institutionOfWeapon(long id) {
        return jdbc.sql("SELECT f.institution_id FROM arm_weapon w JOIN arm_facility f ON f.id = w.facility_id WHERE w.id = :id")
                .param("id", id).query(Long.class).optional();
    }

    public List<Weapon> weaponsBySerial(String serial, Long institutionId) {
        Map<String, Object> params = new HashMap<>(Map.of("key", Ledger.serialKey(serial)));
        String scope = institutionId == null ? "" : " AND f.institution_id = :institution";
        if (institutionId != null) {
            params.put("institution", institutionId);
        }
        return jdbc.sql(WEAPON_COLUMNS + " WHERE w.serial_key = :key" + scope + " ORDER BY w.id").params(params)
                .query(InventoryRepository::weapon).list();
    }

    public List<Weapon> weaponsAt(long facilityId, WeaponState state) {
        return jdbc.sql(WEAPON_COLUMNS + " WHERE w.facility_id = :facility" + (state == null ? "" : " AND w.state = :state")
                + " ORDER BY w.serial_key").param("facility", facilityId).params(state == null ? Map.of() : Map.of("state", state.name()))
                .query(InventoryRepository::weapon).list();
    }

    public void moveWeapon(long id, Long facilityId, WeaponState state) {
        jdbc.sql("UPDATE arm_weapon SET facility_id = COALESCE(:facility, facility_id), state = :state WHERE id = :id")
                .param("facility", facilityId).param("state", state.name()).param("id", id).update();
    }

    public record LotRow(long facilityId, String ammoType, String calibre, String lotNumber, String hazardDivision,
            String compatibilityGroup, double neqPerItemKg, ItemCondition condition, LocalDate manufacturedOn, String storehouse) {
    }

    /** The lot of this number and type at the facility, created when it has none yet. */
    public long lotAt(LotRow row, Instant at) {
        Optional<Long> existing = jdbc.sql("""
                SELECT id FROM arm_ammo_lot WHERE facility_id = :facility AND lot_number = :lot AND ammo_type = :type""")
                .param("facility", row.facilityId()).param("lot", row.lotNumber()).param("type", row.ammoType())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_ammo_lot (facility_id, ammo_type, calibre, lot_number, hazard_division, compatibility_group,
                    neq_per_item_kg, condition, manufactured_on, storehouse, created_at)
                VALUES (:facility, :type, :calibre, :lot, :hd, :cg, :neq, :condition, :made, :storehouse, :at)""")
                .param("facility", row.facilityId()).param("type", row.ammoType()).param("calibre", row.calibre())
                .param("lot", row.lotNumber()).param("hd", row.hazardDivision()).param("cg", row.compatibilityGroup())
                .param("neq", row.neqPerItemKg()).param("condition", row.condition().name()).param("made", row.manufacturedOn())
                .param("storehouse", row.storehouse())
                .param("at", at.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<AmmunitionLot> lot(long id) {
        return jdbc.sql(LOT_COLUMNS + " WHERE l.id = :id").param("id", id).query(InventoryRepository::lot).optional();
    }

    public Optional<Long> institutionOfLot(long id) {
        return jdbc.sql("SELECT f.institution_id FROM arm_ammo_lot l JOIN arm_facility f ON f.id = l.facility_id WHERE l.id = :id")
                .param("id", id).query(Long.class).optional();
    }

    /** Lots of one facility, or of every facility (of one institution when given). */
    public List<AmmunitionLot> lots(Long facilityId, Long institutionId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (facilityId != null) {
            where.append(" AND l.facility_id = :facility");
            params.put("facility", facilityId);
        }
        if (institutionId != null) {
            where.append(" AND f.institution_id = :institution");
            params.put("institution", institutionId);
        }
        return jdbc.sql(LOT_COLUMNS + where + " ORDER BY f.reference, l.lot_number").params(params)
                .query(InventoryRepository::lot).list();
    }

    public record MovementRow(MovementKind kind, Long weaponId, Long lotId, long facilityId, long signedQuantity, LocalDate movedOn,
            String document, String note, Long destructionId, String recordedBy) {
    }

    public void insertMovement(MovementRow row, Instant at) {
        jdbc.sql("""
                INSERT INTO arm_movement (kind, weapon_id, lot_id, facility_id, quantity, moved_on, document, note, destruction_id,
                    recorded_by, created_at)
                VALUES (:kind, :weapon, :lot, :facility, :quantity, :on, :document, :note, :destruction, :by, :at)""")
                .param("kind", row.kind().name()).param("weapon", row.weaponId()).param("lot", row.lotId())
                .param("facility", row.facilityId()).param("quantity", row.signedQuantity()).param("on", row.movedOn())
                .param("document", row.document()).param("note", row.note()).param("destruction", row.destructionId())
                .param("by", row.recordedBy()).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    public List<Movement> movementsOfWeapon(long weaponId) {
        return jdbc.sql(MOVEMENT_COLUMNS + " WHERE m.weapon_id = :id ORDER BY m.moved_on, m.id").param("id", weaponId)
                .query(InventoryRepository::movement).list();
    }

    public List<Movement> movementsOfLot(long lotId) {
        return jdbc.sql(MOVEMENT_COLUMNS + " WHERE m.lot_id = :id ORDER BY m.moved_on, m.id").param("id", lotId)
                .query(InventoryRepository::movement).list();
    }

    public String nextDestructionReference() {
        return String.format("DES-%05d", jdbc.sql("SELECT nextval('arm_destruction_reference_seq')").query(Long.class).single());
    }

    public boolean certificateUsed(String certificate) {
        return jdbc.sql("SELECT COUNT(*) FROM arm_destruction WHERE certificate_number = :certificate")
                .param("certificate", certificate).query(Long.class).single() > 0;
    }

    public long insertDestruction(String reference, long facilityId, DestructionMethod method, String place, LocalDate on,
            String witnesses, String certificate, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_destruction (reference, facility_id, method, place, destroyed_on, witnesses, certificate_number,
                    created_at, created_by)
                VALUES (:reference, :facility, :method, :place, :on, :witnesses, :certificate, :at, :by)""")
                .param("reference", reference).param("facility", facilityId).param("method", method.name()).param("place", place)
                .param("on", on).param("witnesses", witnesses).param("certificate", certificate)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public record DestructionRow(long id, String reference, String facilityReference, long institutionId, DestructionMethod method,
            String place, LocalDate destroyedOn, String witnesses, String certificateNumber) {
    }

    private static final String DESTRUCTION_COLUMNS = """
            SELECT d.*, f.reference AS facility_reference, f.institution_id FROM arm_destruction d
            JOIN arm_facility f ON f.id = d.facility_id
            """;

    public List<DestructionRow> destructions(Long institutionId) {
        return jdbc.sql(DESTRUCTION_COLUMNS + (institutionId == null ? "" : " WHERE f.institution_id = :institution")
                + " ORDER BY d.destroyed_on DESC, d.id DESC")
                .params(institutionId == null ? Map.of() : Map.of("institution", institutionId))
                .query(InventoryRepository::destruction).list();
    }

    public Optional<DestructionRow> destruction(String reference) {
        return jdbc.sql(DESTRUCTION_COLUMNS + " WHERE d.reference = :reference").param("reference", reference)
                .query(InventoryRepository::destruction).optional();
    }

    public List<Movement> movementsOfDestruction(long destructionId) {
        return jdbc.sql(MOVEMENT_COLUMNS + " WHERE m.destruction_id = :id ORDER BY m.id").param("id", destructionId)
                .query(InventoryRepository::movement).list();
    }

    private static DestructionRow destruction(ResultSet rs, int row) throws SQLException {
        return new DestructionRow(rs.getLong("id"), rs.getString("reference"), rs.getString("facility_reference"),
                rs.getLong("institution_id"), DestructionMethod.valueOf(rs.getString("method")), rs.getString("place"),
                rs.getObject("destroyed_on", LocalDate.class), rs.getString("witnesses"), rs.getString("certificate_number"));
    }

    private static Weapon weapon(ResultSet rs, int row) throws SQLException {
        return new Weapon(rs.getLong("id"), rs.getString("facility_reference"), WeaponType.valueOf(rs.getString("weapon_type")),
                rs.getString("make"), rs.getString("model"), rs.getString("calibre"), rs.getString("serial_number"),
                rs.getString("country"), (Integer) rs.getObject("year_made", Integer.class), rs.getString("markings"),
                ItemCondition.valueOf(rs.getString("condition")), WeaponState.valueOf(rs.getString("state")));
    }

    private static AmmunitionLot lot(ResultSet rs, int row) throws SQLException {
        return new AmmunitionLot(rs.getLong("id"), rs.getString("facility_reference"), rs.getString("ammo_type"),
                rs.getString("calibre"), rs.getString("lot_number"), rs.getString("hazard_division"),
                rs.getString("compatibility_group"), rs.getDouble("neq_per_item_kg"), ItemCondition.valueOf(rs.getString("condition")),
                rs.getObject("manufactured_on", LocalDate.class), rs.getLong("on_hand"), rs.getString("storehouse"));
    }

    private static Movement movement(ResultSet rs, int row) throws SQLException {
        return new Movement(rs.getLong("id"), MovementKind.valueOf(rs.getString("kind")), (Long) rs.getObject("weapon_id", Long.class),
                (Long) rs.getObject("lot_id", Long.class), rs.getString("facility_reference"), rs.getLong("quantity"),
                rs.getObject("moved_on", LocalDate.class), rs.getString("document"), rs.getString("note"),
                rs.getString("destruction_reference"), rs.getString("recorded_by"));
    }
}
