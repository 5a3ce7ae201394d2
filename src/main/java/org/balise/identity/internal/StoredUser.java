package org.balise.identity.internal;

import java.time.Instant;
import java.util.List;
import org.balise.identity.Role;

/** A user row with its roles and regions, password hash included: never leaves the module. */
public record StoredUser(long id, String username, String displayName, String passwordHash, boolean enabled,
        Long institutionId, String institutionName, String regionsGazetteer, List<Role> roles, List<String> regions,
        Instant createdAt) {
}
