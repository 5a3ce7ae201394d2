package org.balise.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import org.balise.identity.Role;
import org.balise.identity.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns a stored user into the principal of an authenticated request. */
final class SignedInUsers {

    private SignedInUsers() {
    }

    static Authentication authenticated(StoredUser user, Object details) {
        SignedInUser principal = new SignedInUser(user.id(), user.username(), user.displayName(),
                new LinkedHashSet<>(user.roles()), user.regionsGazetteer(), new LinkedHashSet<>(user.regions()),
                user.institutionId());
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        token.setDetails(details);
        return token;
    }
}
