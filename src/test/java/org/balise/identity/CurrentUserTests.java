package org.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Set<String> regions) {
        SignedInUser user = new SignedInUser(1, "field.mopti", "Field Mopti", Set.of(Role.FIELD_TEAM), "cod-2015", regions, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    @Test
    void aUserLimitedToRegionsSeesOnlyThoseAndNothingWithoutARegion() {
        signIn(Set.of("ML05", "ML06"));
        assertThat(CurrentUser.seesRegion("ML05")).isTrue();
        assertThat(CurrentUser.seesRegion("ML06")).isTrue();
        assertThat(CurrentUser.seesRegion("ML07")).isFalse();
        assertThat(CurrentUser.seesRegion(null)).isFalse();
    }

    @Test
    void aUserOfTheWholeCountryAndSystemTasksSeeEveryRegionAndRecordsWithout() {
        signIn(Set.of());
        assertThat(CurrentUser.seesRegion("ML07")).isTrue();
        assertThat(CurrentUser.seesRegion(null)).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(CurrentUser.seesRegion("ML07")).isTrue();
    }
}
