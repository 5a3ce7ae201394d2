package org.balise.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, for modules that scope what they show by region or institution. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The phone (app user) behind an OpenRosa request. */
    public static Optional<PhoneUser> phone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case PhoneUser phone -> Optional.of(phone);
            case org.balise.identity.internal.PhoneUserDetails details -> Optional.of(details.phone());
            default -> Optional.empty();
        };
    }

    /** The admin-1 P-codes the current user is limited to; empty for the whole country or no user (system tasks). */
    public static Set<String> regions() {
        return get().map(SignedInUser::regions).orElse(Set.of());
    }

    /**
     * Whether the current user may read a record of this region (admin-1 P-code): always when not limited to regions,
     * otherwise only when it is one of theirs; a record without a region is then hidden.
     */
    public static boolean seesRegion(String adm1Pcode) {
        Set<String> regions = regions();
        return regions.isEmpty() || adm1Pcode != null && regions.contains(adm1Pcode);
    }

    public static String name() {
        return get().map(SignedInUser::username).orElse("system");
    }
}
