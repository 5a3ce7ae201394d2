package org.balise.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Failed sign-ins per account and client address, kept in the database so that every instance shares them. */
@Component
public class SignInThrottle {

    private final IdentityRepository repository;
    private final ThrottlePolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    SignInThrottle(IdentityRepository repository, IdentityProperties properties, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.policy = new ThrottlePolicy(properties.throttleAfterFailures(), properties.throttleBaseDelay(),
                properties.throttleMaxDelay());
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses a blocked pair; the refusal itself is audited, so the transaction commits despite the exception. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = SignInThrottledException.class)
    public void checkAllowed(String typed, String address) {
        String username = bounded(typed);
        Instant now = clock.instant();
        repository.throttle(username, address)
                .filter(state -> state.blockedUntil() != null && state.blockedUntil().isAfter(now))
                .ifPresent(state -> {
                    audit.record(AuditEntry.of("SIGN_IN_THROTTLED", "user", username).actor(username));
                    throw new SignInThrottledException(Duration.between(now, state.blockedUntil()));
                });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String typed, String address) {
        String username = bounded(typed);
        Instant now = clock.instant();
        int failures = repository.throttle(username, address).map(IdentityRepository.ThrottleState::failures).orElse(0) + 1;
        repository.saveThrottle(username, address, failures, now, policy.blockedUntil(failures, now));
        audit.record(AuditEntry.of("SIGN_IN_FAILED", "user", username).actor(username)
                .summary("failure " + failures + " from this address"));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String typed, String address) {
        String username = bounded(typed);
        repository.clearThrottle(username, address);
        audit.record(AuditEntry.of("SIGN_IN", "user", username).actor(username));
    }

    /**
     * What was typed as a username, cut to the longest a username can be: a sign-in with 300,000 characters is
     * throttled and audited like any other failure instead of overflowing the columns.
     */
    private static String bounded(String typed) {
        String username = typed == null ? "" : typed;
        return username.length() <= UserRules.MAX_USERNAME ? username : username.substring(0, UserRules.MAX_USERNAME);
    }
}
