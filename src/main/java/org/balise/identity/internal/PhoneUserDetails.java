package org.balise.identity.internal;

import java.util.Collection;
import java.util.List;
import org.balise.identity.PhoneUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** An app user as Spring's Digest filter needs it: the "password" is the stored HA1. */
public record PhoneUserDetails(PhoneUser phone, String ha1) implements UserDetails {

    static final String AUTHORITY = "ROLE_APP_USER";
    static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority(AUTHORITY));

    /** Reads the database on every request: a revoked phone is refused at once. */
    static UserDetailsService service(AppUserRepository repository) {
        return username -> repository.activeByUsername(username)
                .map(secret -> new PhoneUserDetails(secret.phone(), secret.ha1()))
                .orElseThrow(() -> new UsernameNotFoundException("No active app user"));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public String getPassword() {
        return ha1;
    }

    @Override
    public String getUsername() {
        return phone.username();
    }
}
