package org.balise.identity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.identity.internal.AppUserRepository;
import org.balise.identity.internal.DigestHash;
import org.balise.identity.internal.TokenHash;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * App users: the phones of field teams. Balise generates their secrets and shows them once; revoking one (a
 * lost phone) takes effect on its next request because sign-in never caches app users.
 */
@Service
@Transactional
public class AppUserManagement {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int MAX_NAME = 80;

    private final AppUserRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AppUserManagement(AppUserRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public AppUserCredentials create(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(List.of(new FieldProblem("displayName", "invalid",
                    "A display name of 1 to " + MAX_NAME + " printable characters is required")));
        }
        String username = uniqueUsername(name);
        String password = randomText(PASSWORD_ALPHABET, 20);
        String token = randomText(TOKEN_ALPHABET, 48);
        long id = repository.insert(username, name, DigestHash.ha1(username, password), TokenHash.sha256(token),
                CurrentUser.name(), clock.instant());
        audit.record(AuditEntry.of("APP_USER_CREATED", "app-user", id).changed("username", null, username)
                .changed("displayName", null, name));
        return new AppUserCredentials(id, username, name, password, token);
    }

    @Transactional(readOnly = true)
    public List<AppUserView> appUsers() {
        return repository.list();
    }

    @Transactional(readOnly = true)
    public AppUserView appUser(long id) {
        return repository.find(id).orElseThrow(() -> ProblemException.notFound("App user", id));
    }

    public AppUserView revoke(long id) {
        appUser(id);
        if (repository.revoke(id, CurrentUser.name(), clock.instant()) > 0) {
            audit.record(AuditEntry.of("APP_USER_REVOKED", "app-user", id));
        }
        return appUser(id);
    }

    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Limits an app user to some forms; an empty set gives it every published form again. */
    public AppUserView restrict(long id, Set<String> formIds) {
        if (formIds == null || formIds.stream().anyMatch(form -> form == null || !FORM_ID.matcher(form).matches())) {
            throw ProblemException.invalid("formIds", "invalid-form-id", "formIds must be a list of form ids (letters, digits, . _ -)");
        }
        AppUserView before = appUser(id);
        Set<String> forms = new TreeSet<>(formIds);
        repository.replaceForms(id, forms);
        audit.record(AuditEntry.of("APP_USER_FORMS_CHANGED", "app-user", id).changed("forms", before.forms(), forms));
        return appUser(id);
    }

    private String uniqueUsername(String displayName) {
        String slug = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.isEmpty() ? "phone" : slug.substring(0, Math.min(slug.length(), 40));
        String username;
        do {
            username = slug + "-" + randomText("abcdefghijkmnpqrstuvwxyz23456789", 4);
        } while (repository.usernameTaken(username));
        return username;
    }

    private String randomText(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
