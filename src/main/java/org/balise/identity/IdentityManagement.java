package org.balise.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.geography.AdminUnitRef;
import org.balise.geography.GeographyManagement;
import org.balise.identity.internal.CredentialCache;
import org.balise.identity.internal.IdentityRepository;
import org.balise.identity.internal.StoredUser;
import org.balise.identity.internal.TokenHash;
import org.balise.identity.internal.UserRules;
import org.balise.shared.FieldProblem;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, institutions and API tokens. Every change is audited; passwords never reach the audit log. */
@Service
@Transactional
public class IdentityManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityRepository repository;
    private final GeographyManagement geography;
    private final PasswordEncoder passwords;
    private final CredentialCache credentialCache;
    private final AuditLog audit;
    private final Clock clock;

    IdentityManagement(IdentityRepository repository, GeographyManagement geography, PasswordEncoder passwords,
            CredentialCache credentialCache, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.passwords = passwords;
        this.credentialCache = credentialCache;
        this.audit = audit;
        this.clock = clock;
    }

    public UserView createUser(NewUser request) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = UserRules.normaliseUsername(request.username());
        UserRules.checkUsername(username, problems);
        UserRules.checkPassword("password", request.password(), problems);
        UserRules.checkDisplayName(request.displayName(), problems);
        Set<Role> roles = UserRules.roles(request.roles(), problems);
        Set<String> regions = UserRules.regions(request.regions(), regionCodes(), problems);
        UserRules.checkInstitution(roles, request.institutionId(), institutionExists(request.institutionId()), problems);
        if (problems.isEmpty() && repository.findByUsername(username).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The username " + username + " is taken");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        long id;
        try {
            id = repository.insertUser(username, blankToNull(request.displayName()), passwords.encode(request.password()),
                    request.institutionId(), geography.activeGazetteer(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ProblemException(ProblemType.CONFLICT, "The username " + username + " is taken");
        }
        repository.replaceRoles(id, roles);
        repository.replaceRegions(id, regions);
        audit.record(AuditEntry.of("USER_CREATED", "user", id)
                .changed("username", null, username)
                .changedPersonal("displayName", null, blankToNull(request.displayName()))
                .changed("roles", null, sorted(roles))
                .changed("regions", null, sorted(regions))
                .changed("institutionId", null, request.institutionId())
                .changedPersonal("password", null, "set"));
        return view(repository.findById(id).orElseThrow());
    }

    public UserView updateUser(long id, UserChanges changes) {
        StoredUser before = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        UserRules.checkDisplayName(changes.displayName(), problems);
        Set<Role> roles = UserRules.roles(changes.roles(), problems);
        Set<String> regions = UserRules.regions(changes.regions(), regionCodes(), problems);
        UserRules.checkInstitution(roles, changes.institutionId(), institutionExists(changes.institutionId()), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.updateUser(id, blankToNull(changes.displayName()), changes.enabled(), changes.institutionId(),
                geography.activeGazetteer());
        repository.replaceRoles(id, roles);
        repository.replaceRegions(id, regions);
        credentialCache.forget(before.username());
        audit.record(AuditEntry.of("USER_UPDATED", "user", id)
                .changedPersonal("displayName", before.displayName(), blankToNull(changes.displayName()))
                .changed("roles", sorted(before.roles()), sorted(roles))
                .changed("regions", sorted(before.regions()), sorted(regions))
                .changed("institutionId", before.institutionId(), changes.institutionId())
                .changed("enabled", before.enabled(), changes.enabled()));
        return view(repository.findById(id).orElseThrow());
    }

    /** An administrator sets a new password for a user. */
    public void resetPassword(long id, String newPassword) {
        StoredUser user = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        UserRules.checkPassword("password", newPassword, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        setPassword(user, newPassword, "PASSWORD_RESET");
    }

    /** A user changes their own password, proving the current one. */
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        StoredUser user = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "wrong-password", "The current password is wrong"));
        }
        UserRules.checkPassword("newPassword", newPassword, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        setPassword(user, newPassword, "PASSWORD_CHANGED");
    }

    @Transactional(readOnly = true)
    public ListPage<UserView> users(PageRequest page) {
        return new ListPage<>(repository.listUsers(page.limit(), page.offset()).stream().map(this::view).toList(),
                repository.countUsers());
    }

    @Transactional(readOnly = true)
    public UserView user(long id) {
        return view(stored(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.findByUsername(UserRules.normaliseUsername(username)).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Institution> institutions() {
        return repository.institutions();
    }

    public Institution createInstitution(String name, String acronym) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalid("name", "invalid-name", "The institution name is required (at most 200 characters)");
        }
        if (acronym != null && acronym.length() > 40) {
            throw ProblemException.invalid("acronym", "too-long", "The acronym has more than 40 characters");
        }
        if (repository.institutionByName(name.strip()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The institution " + name.strip() + " exists");
        }
        long id = repository.insertInstitution(name.strip(), blankToNull(acronym), clock.instant());
        audit.record(AuditEntry.of("INSTITUTION_CREATED", "institution", id).changed("name", null, name.strip()));
        return repository.institution(id).orElseThrow();
    }

    /** Creates a personal API token and returns its secret, which is shown this once and stored only as a hash. */
    public CreatedToken createToken(long userId, String label) {
        stored(userId);
        if (label == null || label.isBlank() || label.length() > 100) {
            throw ProblemException.invalid("label", "invalid-label", "The token needs a label (at most 100 characters)");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "blz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = repository.insertToken(userId, label.strip(), TokenHash.sha256(token), clock.instant());
        audit.record(AuditEntry.of("API_TOKEN_CREATED", "api-token", id).changed("label", null, label.strip()));
        return new CreatedToken(id, label.strip(), token);
    }

    public record CreatedToken(long id, String label, String token) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> tokens(long userId) {
        return repository.tokens(userId);
    }

    public void revokeToken(long userId, long tokenId) {
        if (repository.revokeToken(userId, tokenId, clock.instant()) == 0) {
            throw ProblemException.notFound("API token", tokenId);
        }
        audit.record(AuditEntry.of("API_TOKEN_REVOKED", "api-token", tokenId));
    }

    private void setPassword(StoredUser user, String newPassword, String action) {
        repository.updatePassword(user.id(), passwords.encode(newPassword), clock.instant());
        credentialCache.forget(user.username());
        audit.record(AuditEntry.of(action, "user", user.id()).changedPersonal("password", "old", "new"));
    }

    private StoredUser stored(long id) {
        return repository.findById(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    private Set<String> regionCodes() {
        return geography.regions().stream().map(AdminUnitRef::pcode).collect(Collectors.toCollection(HashSet::new));
    }

    private boolean institutionExists(Long id) {
        return id != null && repository.institution(id).isPresent();
    }

    private UserView view(StoredUser user) {
        return new UserView(user.id(), user.username(), user.displayName(), user.roles(), user.regions(),
                user.regionsGazetteer(), user.institutionId(), user.institutionName(), user.enabled(), user.createdAt());
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(Objects::toString).sorted().collect(Collectors.joining(","));
    }

    private static String sorted(List<?> values) {
        return values.stream().map(Objects::toString).sorted().collect(Collectors.joining(","));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
