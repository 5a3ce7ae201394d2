package org.balise.identity;

import java.util.List;

/** What it takes to create a user. Roles and regions are given as text and checked by the service. */
public record NewUser(String username, String displayName, String password, List<String> roles, List<String> regions,
        Long institutionId) {
}
