package org.balise.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.balise.identity.ApiTokenView;
import org.balise.identity.Institution;
import org.balise.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the identity module. */
@Repository
public class IdentityRepository {

    private static final String USER_COLUMNS = """
            SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled, u.institution_id, i.name AS institution_name,
                u.regions_gazetteer, u.created_at
            FROM idn_user u LEFT JOIN idn_institution i ON i.id = u.institution_id
            """;

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql(USER_COLUMNS + " WHERE u.username = :username").param("username", username)
                .query(this::userRow).optional().map(this::withRolesAndRegions);
    }

    public Optional<StoredUser> findById(long id) {
        return jdbc.sql(USER_COLUMNS + " WHERE u.id = :id").param("id", id)
                .query(this::userRow).optional().map(this::withRolesAndRegions);
    }

    public long countUsers() {
        return jdbc.sql("SELECT COUNT(*) FROM idn_user").query(Long.class).single();
    }

    public List<StoredUser> listUsers(int limit, int offset) {
        List<StoredUser> users = jdbc.sql(USER_COLUMNS + " ORDER BY u.username LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(this::userRow).list();
        return users.stream().map(this::withRolesAndRegions).toList();
    }

    public long insertUser(String username, String displayName, String passwordHash, Long institutionId,
            String regionsGazetteer, Instant at) {
        jdbc.sql("""
                INSERT INTO idn_user (username, display_name, password_hash, enabled, institution_id, regions_gazetteer,
                    created_at, password_changed_at)
                VALUES (:username, :displayName, :hash, TRUE, :institution, :gazetteer, :at, :at)""")
                .param("username", username).param("displayName", displayName).param("hash", passwordHash)
                .param("institution", institutionId).param("gazetteer", regionsGazetteer)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM idn_user WHERE username = :username").param("username", username)
                .query(Long.class).single();
    }

    public void updateUser(long id, String displayName, boolean enabled, Long institutionId, String regionsGazetteer) {
        jdbc.sql("""
                UPDATE idn_user SET display_name = :displayName, enabled = :enabled, institution_id = :institution,
                    regions_gazetteer = :gazetteer WHERE id = :id""")
                .param("displayName", displayName).param("enabled", enabled).param("institution", institutionId)
                .param("gazetteer", regionsGazetteer).param("id", id)
                .update();
    }

    public void updatePassword(long id, String passwordHash, Instant at) {
        jdbc.sql("UPDATE idn_user SET password_hash = :hash, password_changed_at = :at WHERE id = :id")
                .param("hash", passwordHash).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update();
    }

    public void replaceRoles(long userId, Collection<Role> roles) {
        jdbc.sql("DELETE FROM idn_user_role WHERE user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO idn_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", userId).param("role", role.name()).update();
        }
    }

    public void replaceRegions(long userId, Collection<String> pcodes) {
        jdbc.sql("DELETE FROM idn_user_region WHERE user_id = :id").param("id", userId).update();
        for (String pcode : pcodes) {
            jdbc.sql("INSERT INTO idn_user_region (user_id, pcode) VALUES (:id, :pcode)")
                    .param("id", userId).param("pcode", pcode).update();
        }
    }

    public List<Institution> institutions() {
        return jdbc.sql("SELECT id, name, acronym FROM idn_institution ORDER BY name")
                .query((rs, row) -> new Institution(rs.getLong("id"), rs.getString("name"), rs.getString("acronym")))
                .list();
    }

    public Optional<Institution> institution(long id) {
        return jdbc.sql("SELECT id, name, acronym FROM idn_institution WHERE id = :id").param("id", id)
                .query((rs, row) -> new Institution(rs.getLong("id"), rs.getString("name"), rs.getString("acronym")))
                .optional();
    }

    public Optional<Institution> institutionByName(String name) {
        return jdbc.sql("SELECT id, name, acronym FROM idn_institution WHERE name = :name").param("name", name)
                .query((rs, row) -> new Institution(rs.getLong("id"), rs.getString("name"), rs.getString("acronym")))
                .optional();
    }

    public long insertInstitution(String name, String acronym, Instant at) {
        jdbc.sql("INSERT INTO idn_institution (name, acronym, created_at) VALUES (:name, :acronym, :at)")
                .param("name", name).param("acronym", acronym).param("at", at.atOffset(ZoneOffset.UTC)).update();
        return institutionByName(name).orElseThrow().id();
    }

    // --- API tokens

    public long insertToken(long userId, String label, String tokenHash, Instant at) {
        jdbc.sql("INSERT INTO idn_api_token (user_id, label, token_hash, created_at) VALUES (:user, :label, :hash, :at)")
                .param("user", userId).param("label", label).param("hash", tokenHash)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM idn_api_token WHERE token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).single();
    }

    /** The user id owning a live (not revoked) token with this hash. */
    public Optional<Long> userOfToken(String tokenHash) {
        return jdbc.sql("SELECT user_id FROM idn_api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash).query(Long.class).optional();
    }

    public List<ApiTokenView> tokens(long userId) {
        return jdbc.sql("SELECT id, label, created_at, revoked_at FROM idn_api_token WHERE user_id = :user ORDER BY id")
                .param("user", userId)
                .query((rs, row) -> new ApiTokenView(rs.getLong("id"), rs.getString("label"), instant(rs, "created_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    public int revokeToken(long userId, long tokenId, Instant at) {
        return jdbc.sql("UPDATE idn_api_token SET revoked_at = :at WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", tokenId).param("user", userId).update();
    }

    // --- sign-in throttling

    public record ThrottleState(int failures, Instant blockedUntil) {
    }

    public Optional<ThrottleState> throttle(String username, String address) {
        return jdbc.sql("""
                SELECT failures, blocked_until FROM idn_sign_in_throttle
                WHERE username = :username AND client_address = :address""")
                .param("username", username).param("address", address)
                .query((rs, row) -> new ThrottleState(rs.getInt("failures"), instant(rs, "blocked_until")))
                .optional();
    }

    public void saveThrottle(String username, String address, int failures, Instant at, Instant blockedUntil) {
        int updated = jdbc.sql("""
                UPDATE idn_sign_in_throttle SET failures = :failures, last_failure_at = :at, blocked_until = :blocked
                WHERE username = :username AND client_address = :address""")
                .param("failures", failures).param("at", at.atOffset(ZoneOffset.UTC))
                .param("blocked", blockedUntil == null ? null : blockedUntil.atOffset(ZoneOffset.UTC))
                .param("username", username).param("address", address)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO idn_sign_in_throttle (username, client_address, failures, last_failure_at, blocked_until)
                    VALUES (:username, :address, :failures, :at, :blocked)""")
                    .param("failures", failures).param("at", at.atOffset(ZoneOffset.UTC))
                    .param("blocked", blockedUntil == null ? null : blockedUntil.atOffset(ZoneOffset.UTC))
                    .param("username", username).param("address", address)
                    .update();
        }
    }

    public void clearThrottle(String username, String address) {
        jdbc.sql("DELETE FROM idn_sign_in_throttle WHERE username = :username AND client_address = :address")
                .param("username", username).param("address", address).update();
    }

    private StoredUser userRow(ResultSet rs, int row) throws SQLException {
        long institution = rs.getLong("institution_id");
        Long institutionId = rs.wasNull() ? null : institution;
        return new StoredUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), institutionId,
                rs.getString("institution_name"), rs.getString("regions_gazetteer"), List.of(), List.of(),
                instant(rs, "created_at"));
    }

    private StoredUser withRolesAndRegions(StoredUser user) {
        List<Role> roles = jdbc.sql("SELECT role FROM idn_user_role WHERE user_id = :id ORDER BY role")
                .param("id", user.id()).query((rs, row) -> Role.valueOf(rs.getString("role"))).list();
        List<String> regions = jdbc.sql("SELECT pcode FROM idn_user_region WHERE user_id = :id ORDER BY pcode")
                .param("id", user.id()).query(String.class).list();
        return new StoredUser(user.id(), user.username(), user.displayName(), user.passwordHash(), user.enabled(),
                user.institutionId(), user.institutionName(), user.regionsGazetteer(), roles, regions, user.createdAt());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
