package org.balise.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The principal of a signed-in person. Regions are admin-1 P-codes of {@code gazetteer}; none means the whole
 * country.
 */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, String gazetteer,
        Set<String> regions, Long institutionId) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean wholeCountry() {
        return regions.isEmpty();
    }
}
