package org.balise.identity;

import java.util.List;

/** A change of a user's profile, roles, regions, institution or status by an administrator. */
public record UserChanges(String displayName, List<String> roles, List<String> regions, Long institutionId,
        boolean enabled) {
}
