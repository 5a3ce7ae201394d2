package org.balise.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers, briefly, that a password was verified against a given stored hash, so that HTTP Basic on the API
 * does not pay the adaptive hash on every request. Keyed by the stored hash too: a changed password or a new
 * hash on another instance makes the entry useless at once.
 */
@Component
public class CredentialCache {

    private record Verified(byte[] passwordDigest, String passwordHash, Instant expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final IdentityProperties properties;
    private final Clock clock;

    CredentialCache(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isVerified(String username, String password, String passwordHash) {
        Verified entry = verified.get(username);
        if (entry == null || clock.instant().isAfter(entry.expiresAt()) || !entry.passwordHash().equals(passwordHash)) {
            return false;
        }
        return MessageDigest.isEqual(entry.passwordDigest(), digest(password));
    }

    public void remember(String username, String password, String passwordHash) {
        verified.put(username, new Verified(digest(password), passwordHash, clock.instant().plus(properties.credentialCacheTtl())));
    }

    public void forget(String username) {
        verified.remove(username);
    }

    private static byte[] digest(String password) {
        return TokenHash.digest(password.getBytes(StandardCharsets.UTF_8));
    }
}
