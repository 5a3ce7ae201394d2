package org.balise.identity.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.balise.identity.Role;
import org.balise.shared.FieldProblem;

/** Validation of user input, every problem listed. Pure logic. */
public final class UserRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 72;
    public static final int MAX_USERNAME = 60;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private UserRules() {
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static void checkUsername(String username, List<FieldProblem> problems) {
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "invalid-username",
                    "The username must be 3 to 60 lower-case letters, digits, '.', '_' or '-'"));
        }
    }

    public static void checkPassword(String field, String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem(field, "weak-password",
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem(field, "long-password",
                    "The password must have at most " + MAX_PASSWORD_LENGTH + " bytes"));
        }
    }

    public static Set<Role> roles(List<String> names, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("roles", "missing-role", "A user needs at least one role"));
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles", "unknown-role", "Unknown role '" + name + "'"));
            }
        }
        return roles;
    }

    public static Set<String> regions(List<String> pcodes, Set<String> knownRegions, List<FieldProblem> problems) {
        Set<String> regions = new LinkedHashSet<>();
        for (String pcode : pcodes == null ? List.<String>of() : pcodes) {
            String code = pcode == null ? "" : pcode.strip().toUpperCase(Locale.ROOT);
            if (knownRegions.contains(code)) {
                regions.add(code);
            } else {
                problems.add(new FieldProblem("regions", "unknown-region",
                        "Unknown region '" + pcode + "' (expected an admin-1 P-code of the active gazetteer)"));
            }
        }
        return regions;
    }

    public static void checkInstitution(Set<Role> roles, Long institutionId, boolean institutionExists,
            List<FieldProblem> problems) {
        if (roles.contains(Role.AUTHORITY) && institutionId == null) {
            problems.add(new FieldProblem("institutionId", "missing-institution", "An AUTHORITY user must belong to an institution"));
        } else if (institutionId != null && !institutionExists) {
            problems.add(new FieldProblem("institutionId", "unknown-institution", "Unknown institution " + institutionId));
        }
    }

    public static void checkDisplayName(String displayName, List<FieldProblem> problems) {
        if (displayName != null && displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "too-long", "The display name has more than 200 characters"));
        }
    }
}
