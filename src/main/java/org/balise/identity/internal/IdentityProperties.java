package org.balise.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code balise.identity}.
 *
 * @param adminPassword password of the first admin (BALISE_ADMIN_PASSWORD); generated and logged once when empty
 * @param bcryptStrength cost of the adaptive password hash
 * @param credentialCacheTtl how long a verified password spares the hash on HTTP Basic requests
 * @param throttleAfterFailures failed sign-ins from one address to one account before delays start
 * @param throttleBaseDelay first delay; it doubles with each further failure
 * @param throttleMaxDelay the longest delay
 * @param digestNonceKey signs the nonces of HTTP Digest challenges to phones; random per process when empty, so
 *        instances that share one database behind a load balancer need the same value
 */
@ConfigurationProperties("balise.identity")
public record IdentityProperties(String adminPassword, @DefaultValue("12") int bcryptStrength,
        @DefaultValue("5m") Duration credentialCacheTtl, @DefaultValue("5") int throttleAfterFailures,
        @DefaultValue("30s") Duration throttleBaseDelay, @DefaultValue("1h") Duration throttleMaxDelay, String digestNonceKey) {
}
