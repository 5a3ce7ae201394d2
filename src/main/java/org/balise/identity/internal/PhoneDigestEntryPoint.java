package org.balise.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.balise.shared.web.OpenRosaResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.DigestAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.NonceExpiredException;

/**
 * Challenges a phone with HTTP Digest (what ODK Collect answers over plain HTTP), with an OpenRosa message as
 * the body instead of the servlet error page. Nonces have the form Spring's Digest filter checks.
 */
class PhoneDigestEntryPoint extends DigestAuthenticationEntryPoint {

    PhoneDigestEntryPoint(String key) {
        setRealmName(DigestHash.REALM);
        setKey(key);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        long expiry = System.currentTimeMillis() + getNonceValiditySeconds() * 1000L;
        String signature = DigestHash.md5Hex(expiry + ":" + getKey());
        String nonce = Base64.getEncoder().encodeToString((expiry + ":" + signature).getBytes(StandardCharsets.UTF_8));
        String header = "Digest realm=\"" + getRealmName() + "\", qop=\"auth\", nonce=\"" + nonce + "\""
                + (failure instanceof NonceExpiredException ? ", stale=\"true\"" : "");
        response.setHeader("WWW-Authenticate", header);
        OpenRosaResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                request.getHeader("Authorization") == null ? "Sign-in is required" : "Wrong username or password, or a revoked phone");
    }
}
