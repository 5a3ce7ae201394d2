package org.balise.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.balise.identity.AppUserView;
import org.balise.identity.PhoneUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of app users (phones). Lookups for sign-in ignore revoked app users, so that revoking takes effect at once. */
@Repository
public class AppUserRepository {

    private static final String COLUMNS = """
            SELECT id, username, display_name, created_at, created_by, revoked_at, revoked_by FROM idn_app_user
            """;

    private final JdbcClient jdbc;

    AppUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String displayName, String digestHa1, String tokenHash, String createdBy, Instant at) {
        jdbc.sql("""
                INSERT INTO idn_app_user (username, display_name, digest_ha1, token_hash, created_at, created_by)
                VALUES (:username, :displayName, :ha1, :token, :at, :by)""")
                .param("username", username).param("displayName", displayName).param("ha1", digestHa1)
                .param("token", tokenHash).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", createdBy)
                .update();
        return jdbc.sql("SELECT id FROM idn_app_user WHERE username = :username").param("username", username)
                .query(Long.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM idn_app_user WHERE username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    public List<AppUserView> list() {
        return jdbc.sql(COLUMNS + " ORDER BY revoked_at NULLS FIRST, display_name").query(this::view).list().stream()
                .map(this::withForms).toList();
    }

    public Optional<AppUserView> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::view).optional().map(this::withForms);
    }

    public int revoke(long id, String by, Instant at) {
        return jdbc.sql("UPDATE idn_app_user SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    public void replaceForms(long id, Set<String> formIds) {
        jdbc.sql("DELETE FROM idn_app_user_form WHERE app_user_id = :id").param("id", id).update();
        for (String formId : formIds) {
            jdbc.sql("INSERT INTO idn_app_user_form (app_user_id, form_id) VALUES (:id, :form)")
                    .param("id", id).param("form", formId).update();
        }
    }

    /** An active app user and its Digest HA1, by username. */
    public Optional<DigestSecret> activeByUsername(String username) {
        return jdbc.sql("SELECT id, username, display_name, digest_ha1 FROM idn_app_user WHERE username = :username AND revoked_at IS NULL")
                .param("username", username)
                .query((rs, row) -> new DigestSecret(phone(rs), rs.getString("digest_ha1"))).optional()
                .map(secret -> new DigestSecret(withForms(secret.phone()), secret.ha1()));
    }

    public Optional<PhoneUser> activeByToken(String tokenHash) {
        return jdbc.sql("SELECT id, username, display_name FROM idn_app_user WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash).query((rs, row) -> phone(rs)).optional().map(this::withForms);
    }

    public record DigestSecret(PhoneUser phone, String ha1) {
    }

    /*
     * Row mappers never query: phones are authenticated outside any transaction, where a query inside a mapper
     * would take a second pooled connection while holding the first, and enough concurrent phones would then
     * hold the whole pool waiting for each other. The forms are read once the row's query has let go.
     */
    private static PhoneUser phone(ResultSet rs) throws SQLException {
        return new PhoneUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Set.of());
    }

    private PhoneUser withForms(PhoneUser phone) {
        return new PhoneUser(phone.id(), phone.username(), phone.displayName(), forms(phone.id()));
    }

    private AppUserView withForms(AppUserView view) {
        return new AppUserView(view.id(), view.username(), view.displayName(), view.createdAt(), view.createdBy(),
                view.revokedAt(), view.revokedBy(), forms(view.id()));
    }

    private Set<String> forms(long id) {
        return new TreeSet<>(jdbc.sql("SELECT form_id FROM idn_app_user_form WHERE app_user_id = :id").param("id", id)
                .query(String.class).list());
    }

    private AppUserView view(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new AppUserView(id, rs.getString("username"), rs.getString("display_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"), Set.of());
    }
}
