package org.balise.identity;

import java.time.Instant;

/** A personal API token as listed: the secret itself is shown once, at creation. */
public record ApiTokenView(long id, String label, Instant createdAt, Instant revokedAt) {
}
