package org.balise.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.balise.shared.ProblemType;
import org.balise.shared.web.ProblemJson;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Authenticates {@code Authorization: Bearer <personal API token>}; the token is looked up by its SHA-256. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final IdentityRepository repository;
    private final ProblemJson problems;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenAuthenticationFilter(IdentityRepository repository, ProblemJson problems) {
        this.repository = repository;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<StoredUser> user = token.isEmpty() || token.length() > 200 ? Optional.empty()
                : repository.userOfToken(TokenHash.sha256(token)).flatMap(repository::findById).filter(StoredUser::enabled);
        if (user.isEmpty()) {
            problems.write(response, ProblemType.UNAUTHENTICATED, "The API token is unknown or revoked",
                    RequestContextUtils.getLocale(request));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedInUsers.authenticated(user.get(), details.buildDetails(request)));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
