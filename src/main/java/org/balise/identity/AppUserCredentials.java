package org.balise.identity;

/** The secrets of a new app user, shown once: Balise keeps only their hashes. */
public record AppUserCredentials(long id, String username, String displayName, String password, String token) {
}
