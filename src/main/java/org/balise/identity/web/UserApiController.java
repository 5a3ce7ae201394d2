package org.balise.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.identity.ApiTokenView;
import org.balise.identity.IdentityManagement;
import org.balise.identity.Institution;
import org.balise.identity.NewUser;
import org.balise.identity.SignedInUser;
import org.balise.identity.UserChanges;
import org.balise.identity.UserView;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Identity", description = "Users, institutions, personal API tokens")
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final IdentityManagement identity;

    UserApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    @Operation(summary = "The signed-in user, with roles and regions")
    @GetMapping("/me")
    UserView me(@AuthenticationPrincipal SignedInUser user) {
        return identity.user(user.id());
    }

    @Operation(summary = "Users (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/users")
    ListPage<UserView> users(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return identity.users(PageRequest.of(limit, offset));
    }

    @Operation(summary = "One user (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/users/{id}")
    UserView user(@PathVariable long id) {
        return identity.user(id);
    }

    @Operation(summary = "Create a user (admin only); passwords need at least 12 characters")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/users")
    ResponseEntity<UserView> create(@RequestBody NewUser request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(identity.createUser(request));
    }

    @Operation(summary = "Change a user's profile, roles, regions, institution or status (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @PutMapping("/users/{id}")
    UserView update(@PathVariable long id, @RequestBody UserChanges changes) {
        return identity.updateUser(id, changes);
    }

    record PasswordReset(String password) {
    }

    @Operation(summary = "Set a new password for a user (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/users/{id}/password")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordReset reset) {
        identity.resetPassword(id, reset.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Institutions")
    @GetMapping("/institutions")
    ListPage<Institution> institutions() {
        List<Institution> institutions = identity.institutions();
        return new ListPage<>(institutions, institutions.size());
    }

    record NewInstitution(String name, String acronym) {
    }

    @Operation(summary = "Create an institution (admin only)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/institutions")
    ResponseEntity<Institution> createInstitution(@RequestBody NewInstitution request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(identity.createInstitution(request.name(), request.acronym()));
    }

    @Operation(summary = "Your personal API tokens")
    @GetMapping("/me/tokens")
    ListPage<ApiTokenView> tokens(@AuthenticationPrincipal SignedInUser user) {
        List<ApiTokenView> tokens = identity.tokens(user.id());
        return new ListPage<>(tokens, tokens.size());
    }

    record NewToken(String label) {
    }

    @Operation(summary = "Create a personal API token; its secret is in this answer only")
    @PostMapping("/me/tokens")
    ResponseEntity<IdentityManagement.CreatedToken> createToken(@AuthenticationPrincipal SignedInUser user,
            @RequestBody NewToken request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(identity.createToken(user.id(), request.label()));
    }

    @Operation(summary = "Revoke one of your API tokens")
    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        identity.revokeToken(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
