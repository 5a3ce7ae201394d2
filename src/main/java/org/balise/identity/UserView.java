package org.balise.identity;

import java.time.Instant;
import java.util.List;

/** A user as administrators and the API see it: never the password hash. */
public record UserView(long id, String username, String displayName, List<Role> roles, List<String> regions,
        String regionsGazetteer, Long institutionId, String institutionName, boolean enabled, Instant createdAt) {
}
