package org.balise.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.GeographyManagement;
import org.balise.identity.Role;
import org.balise.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the {@code admin} user at first start, with BALISE_ADMIN_PASSWORD or a generated password printed
 * once to the log. Never touches an existing admin.
 */
@Component
class FirstAdmin implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final IdentityRepository repository;
    private final IdentityProperties properties;
    private final PasswordEncoder passwords;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FirstAdmin(IdentityRepository repository, IdentityProperties properties, PasswordEncoder passwords,
            GeographyManagement geography, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.passwords = passwords;
        this.geography = geography;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void run() {
        if (repository.findByUsername("admin").isPresent()) {
            return;
        }
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? generatePassword() : properties.adminPassword();
        if (!generated && password.length() < UserRules.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("BALISE_ADMIN_PASSWORD must have at least " + UserRules.MIN_PASSWORD_LENGTH + " characters");
        }
        transactions.executeWithoutResult(status -> {
            long id = repository.insertUser("admin", "Administrator", passwords.encode(password), null,
                    geography.activeGazetteer(), clock.instant());
            repository.replaceRoles(id, List.of(Role.ADMIN));
            audit.record(AuditEntry.of("USER_CREATED", "user", id).actor("system").changed("username", null, "admin")
                    .changed("roles", null, "ADMIN"));
        });
        if (generated) {
            log.warn("""

                    ************************************************************
                    Balise created the user 'admin' with the password:
                        {}
                    It is shown only this once. Sign in and change it.
                    ************************************************************""", password);
        } else {
            log.info("Balise created the user 'admin' with the password from BALISE_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
