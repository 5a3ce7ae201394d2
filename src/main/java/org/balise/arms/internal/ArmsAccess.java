package org.balise.arms.internal;

import org.balise.arms.AmmunitionLot;
import org.balise.arms.Facility;
import org.balise.arms.Weapon;
import org.balise.identity.CurrentUser;
import org.balise.identity.Role;
import org.balise.identity.SignedInUser;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may see arms data (DESIGN §6, sensitive): AMD officers and admins everything, a national authority user
 * its own institution's facilities, nobody else anything. Writing is for AMD officers and admins.
 */
public final class ArmsAccess {

    /** An institution id no facility has: an authority user without institution sees nothing. */
    private static final long NO_INSTITUTION = -1;

    private ArmsAccess() {
    }

    /** The institution the reader is limited to, or null for every facility; refuses other roles. */
    public static Long institutionScope() {
        if (isSystemTask()) {
            return null;
        }
        SignedInUser user = CurrentUser.get().orElseThrow(ArmsAccess::forbidden);
        if (user.has(Role.AMD_OFFICER)) {
            return null;
        }
        if (user.roles().contains(Role.AUTHORITY)) {
            return user.institutionId() == null ? NO_INSTITUTION : user.institutionId();
        }
        throw forbidden();
    }

    /** Whether the reader may see this facility; a facility of another institution is "not found" to them. */
    public static boolean maySee(Facility facility) {
        Long scope = institutionScope();
        return scope == null || scope == facility.institutionId();
    }

    /** The facility if the reader may see it; "not found" otherwise, so that its existence does not leak. */
    public static Facility visibleFacility(ArmsRepository repository, String reference) {
        Facility facility = repository.facility(reference).orElseThrow(() -> ProblemException.notFound("Facility", reference));
        if (!maySee(facility)) {
            throw ProblemException.notFound("Facility", reference);
        }
        return facility;
    }

    public static Weapon visibleWeapon(InventoryRepository inventory, long id) {
        Weapon weapon = inventory.weapon(id).orElseThrow(() -> ProblemException.notFound("Weapon", id));
        Long scope = institutionScope();
        if (scope != null && !inventory.institutionOfWeapon(id).map(scope::equals).orElse(false)) {
            throw ProblemException.notFound("Weapon", id);
        }
        return weapon;
    }

    public static AmmunitionLot visibleLot(InventoryRepository inventory, long id) {
        AmmunitionLot lot = inventory.lot(id).orElseThrow(() -> ProblemException.notFound("Ammunition lot", id));
        Long scope = institutionScope();
        if (scope != null && !inventory.institutionOfLot(id).map(scope::equals).orElse(false)) {
            throw ProblemException.notFound("Ammunition lot", id);
        }
        return lot;
    }

    public static void requireWriter() {
        if (!isSystemTask() && !CurrentUser.get().map(user -> user.has(Role.AMD_OFFICER)).orElse(false)) {
            throw forbidden();
        }
    }

    /** Start-up work (demo data) runs with nobody signed in and outside any request; a request always has someone. */
    private static boolean isSystemTask() {
        return CurrentUser.get().isEmpty() && RequestContextHolder.getRequestAttributes() == null;
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN, "Arms management data is for AMD officers and administrators");
    }
}
