package org.balise.identity.internal;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for the sign-in page and HTTP Basic: throttle first (so a blocked address is
 * refused even with the right password), then the cache of recently verified credentials, then the slow hash.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final IdentityRepository repository;
    private final PasswordEncoder passwords;
    private final CredentialCache cache;
    private final SignInThrottle throttle;

    PasswordAuthenticationProvider(IdentityRepository repository, PasswordEncoder passwords, CredentialCache cache,
            SignInThrottle throttle) {
        this.repository = repository;
        this.passwords = passwords;
        this.cache = cache;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = UserRules.normaliseUsername(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = clientAddress(authentication.getDetails());
        throttle.checkAllowed(username, address);
        Optional<StoredUser> user = repository.findByUsername(username).filter(StoredUser::enabled);
        if (user.isPresent() && cache.isVerified(username, password, user.get().passwordHash())) {
            return SignedInUsers.authenticated(user.get(), authentication.getDetails());
        }
        if (user.isPresent() && passwords.matches(password, user.get().passwordHash())) {
            cache.remember(username, password, user.get().passwordHash());
            throttle.recordSuccess(username, address);
            return SignedInUsers.authenticated(user.get(), authentication.getDetails());
        }
        throttle.recordFailure(username, address);
        throw new BadCredentialsException("Wrong username or password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return "unknown";
    }
}
