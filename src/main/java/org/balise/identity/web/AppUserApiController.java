package org.balise.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.balise.identity.AppUserCredentials;
import org.balise.identity.AppUserManagement;
import org.balise.identity.AppUserView;
import org.balise.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "App users", description = "Phones (ODK Collect) and their secrets")
@RestController
@RequestMapping("/api/v1/app-users")
class AppUserApiController {

    private final AppUserManagement appUsers;

    AppUserApiController(AppUserManagement appUsers) {
        this.appUsers = appUsers;
    }

    record NewAppUser(String displayName) {
    }

    record FormRestriction(List<String> formIds) {
    }

    @Operation(summary = "Creates an app user; its password (HTTP Digest) and token (/key/<token>/ URLs) are shown only in this answer")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @PostMapping
    ResponseEntity<AppUserCredentials> create(@RequestBody NewAppUser request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(appUsers.create(request == null ? null : request.displayName()));
    }

    @PreAuthorize("hasRole('IM_OFFICER')")
    @GetMapping
    ListPage<AppUserView> list() {
        List<AppUserView> all = appUsers.appUsers();
        return new ListPage<>(all, all.size());
    }

    @Operation(summary = "Revokes an app user (a lost phone): its next request is refused")
    @PreAuthorize("hasRole('IM_OFFICER')")
    @DeleteMapping("/{id}")
    AppUserView revoke(@PathVariable long id) {
        return appUsers.revoke(id);
    }

    @Operation(summary = "Limits an app user to some forms; an empty list gives it every published form")
    @PreAuthorize("hasRole('ADMIN')")
    @PutMapping("/{id}/forms")
    AppUserView restrict(@PathVariable long id, @RequestBody FormRestriction request) {
        return appUsers.restrict(id, request == null || request.formIds() == null ? null : new HashSet<>(request.formIds()));
    }
}
