package org.balise.identity;

import java.time.Instant;
import java.util.Set;

/** An app user as administrators see it: never its secrets. An empty set of forms means every published form. */
public record AppUserView(long id, String username, String displayName, Instant createdAt, String createdBy,
        Instant revokedAt, String revokedBy, Set<String> forms) {

    public boolean active() {
        return revokedAt == null;
    }
}
