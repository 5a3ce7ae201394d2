package org.balise.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.balise.identity.PhoneUser;
import org.balise.shared.web.OpenRosaResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The two other ways a phone signs in. A token URL ({@code /key/<token>/...}, as ODK Central's app users have):
 * the token is looked up by its SHA-256 and never logged. HTTP Basic, checked against the stored HA1, but only
 * over HTTPS or from this machine: over plain HTTP it would give the password away.
 */
class PhoneKeyAndBasicFilter extends OncePerRequestFilter {

    static final String KEY_PREFIX = "/key/";
    private static final String BASIC = "Basic ";

    private final AppUserRepository repository;

    PhoneKeyAndBasicFilter(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(KEY_PREFIX)) {
            int end = path.indexOf('/', KEY_PREFIX.length());
            String token = end < 0 ? path.substring(KEY_PREFIX.length()) : path.substring(KEY_PREFIX.length(), end);
            Optional<PhoneUser> phone = token.isEmpty() || token.length() > 200 ? Optional.empty()
                    : repository.activeByToken(TokenHash.sha256(token));
            if (phone.isEmpty()) {
                OpenRosaResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "This phone's link is unknown or revoked");
                return;
            }
            authenticate(phone.get());
        } else if (basicAllowed(request)) {
            basicPhone(request.getHeader("Authorization")).ifPresent(this::authenticate);
        }
        chain.doFilter(request, response);
    }

    private Optional<PhoneUser> basicPhone(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        String expected = DigestHash.ha1(username, decoded.substring(colon + 1));
        return repository.activeByUsername(username)
                .filter(secret -> MessageDigest.isEqual(secret.ha1().getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII)))
                .map(AppUserRepository.DigestSecret::phone);
    }

    private static boolean basicAllowed(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String address = request.getRemoteAddr();
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    private void authenticate(PhoneUser phone) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(phone, null, PhoneUserDetails.AUTHORITIES));
        SecurityContextHolder.setContext(context);
    }
}
