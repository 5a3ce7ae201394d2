package org.balise.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.balise.identity.UserView;

/** What the user pages bind: never the stored user itself. */
public record UserForm(String username, String displayName, String password, List<String> roles, List<String> regions,
        Long institutionId, Boolean enabled) {

    static UserForm empty() {
        return new UserForm("", "", "", new ArrayList<>(), new ArrayList<>(), null, true);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), user.displayName(), "", user.roles().stream().map(Enum::name).toList(),
                user.regions(), user.institutionId(), user.enabled());
    }

    public List<String> rolesOrEmpty() {
        return roles == null ? List.of() : roles;
    }

    /** An unticked checkbox sends nothing. */
    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    public List<String> regionsOrEmpty() {
        return regions == null ? List.of() : regions;
    }
}
