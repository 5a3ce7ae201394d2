package org.balise.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The principal of a signed-in person. Regions are admin-1 P-codes of {@code gazetteer}; none means the whole
 * country.
 */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, String gazetteer,
        Set<String> regions, Long institutionId) implements Principal, Serializable {

    /** The username: what Spring Security and the audit log call the principal's name. */
    @Override
    public String getName() {
        return username;
    }


    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** For pages: whether the user has a role given by its name (an admin has them all). */
    public boolean hasRole(String role) {
        return has(Role.valueOf(role));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
