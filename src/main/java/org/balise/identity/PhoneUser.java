package org.balise.identity;

import java.security.Principal;
import java.util.Set;

/**
 * A phone signed in as an app user: it may list and download the forms it is allowed and submit to them,
 * nothing else. An empty set of forms means every published form.
 */
public record PhoneUser(long id, String username, String displayName, Set<String> forms) implements Principal {

    public PhoneUser {
        forms = Set.copyOf(forms);
    }

    public boolean mayUse(String formId) {
        return forms.isEmpty() || forms.contains(formId);
    }

    @Override
    public String getName() {
        return username;
    }
}
