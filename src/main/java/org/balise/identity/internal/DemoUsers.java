package org.balise.identity.internal;

import java.util.List;
import org.balise.identity.IdentityManagement;
import org.balise.identity.Institution;
import org.balise.identity.NewUser;
import org.balise.shared.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: one user per role, with the passwords the README documents, and the institutions of the
 * national authority. Users that exist are left alone, so their passwords never change.
 */
@Component
class DemoUsers implements StartupTask {

    static final String PASSWORD_SUFFIX = "-demo-2026";

    private record DemoUser(String username, String displayName, String role, List<String> regions, boolean institution) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("im.officer", "Aminata Traoré", "IM_OFFICER", List.of(), false),
            new DemoUser("amd.officer", "Moussa Keïta", "AMD_OFFICER", List.of(), false),
            new DemoUser("field.mopti", "Équipe NTS Mopti", "FIELD_TEAM", List.of("ML05"), false),
            new DemoUser("authority", "Direction du matériel, CNLPAL", "AUTHORITY", List.of(), true),
            new DemoUser("analyst", "Analyste bailleur", "ANALYST", List.of(), false));

    private final IdentityManagement identity;
    private final boolean demo;

    DemoUsers(IdentityManagement identity, @Value("${balise.demo:false}") boolean demo) {
        this.identity = identity;
        this.demo = demo;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void run() {
        if (!demo) {
            return;
        }
        Institution commission = identity.institutions().stream()
                .filter(institution -> institution.acronym() != null && institution.acronym().equals("CNLPAL"))
                .findFirst()
                .orElseGet(() -> identity.createInstitution(
                        "Commission nationale de lutte contre la prolifération des armes légères", "CNLPAL"));
        for (DemoUser user : USERS) {
            if (!identity.exists(user.username())) {
                identity.createUser(new NewUser(user.username(), user.displayName(), user.username() + PASSWORD_SUFFIX,
                        List.of(user.role()), user.regions(), user.institution() ? commission.id() : null));
            }
        }
    }
}
