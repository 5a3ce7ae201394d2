package org.balise.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balise.identity.Role;
import org.balise.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTests {

    private final List<FieldProblem> problems = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Admin", "with space", "a/b", "x'; drop table idn_user; --", ""})
    void refusesUsernamesOutsideTheAllowedShape(String username) {
        UserRules.checkUsername(username, problems);
        assertThat(problems).extracting(FieldProblem::code).containsExactly("invalid-username");
    }

    @Test
    void normalisesUsernamesToLowerCase() {
        assertThat(UserRules.normaliseUsername("  Im.Officer ")).isEqualTo("im.officer");
    }

    @Test
    void needsTwelveCharactersAndAtMostSeventyTwoBytes() {
        UserRules.checkPassword("password", "elevenchars", problems);
        UserRules.checkPassword("password", "é".repeat(37), problems);
        UserRules.checkPassword("password", "twelve-chars", problems);

        assertThat(problems).extracting(FieldProblem::code).containsExactly("weak-password", "long-password");
    }

    @Test
    void readsRolesCaseInsensitivelyAndNamesUnknownOnes() {
        Set<Role> roles = UserRules.roles(List.of("analyst", "IM_OFFICER", "SUPERUSER"), problems);

        assertThat(roles).containsExactlyInAnyOrder(Role.ANALYST, Role.IM_OFFICER);
        assertThat(problems).extracting(FieldProblem::message).containsExactly("Unknown role 'SUPERUSER'");
    }

    @Test
    void acceptsOnlyKnownRegions() {
        Set<String> regions = UserRules.regions(List.of("ml04", "ML99"), Set.of("ML04", "ML05"), problems);

        assertThat(regions).containsExactly("ML04");
        assertThat(problems).extracting(FieldProblem::code).containsExactly("unknown-region");
    }

    @Test
    void anAuthorityNeedsAnExistingInstitution() {
        UserRules.checkInstitution(Set.of(Role.AUTHORITY), null, false, problems);
        UserRules.checkInstitution(Set.of(Role.ANALYST), 42L, false, problems);

        assertThat(problems).extracting(FieldProblem::code).containsExactly("missing-institution", "unknown-institution");
    }
}
