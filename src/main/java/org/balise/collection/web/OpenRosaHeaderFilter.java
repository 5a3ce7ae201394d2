package org.balise.collection.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.balise.shared.web.OpenRosaResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.balise.shared.web.UploadLimit;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before security on the phones' addresses: every answer carries {@code X-OpenRosa-Version: 1.0}; a request
 * without that header is refused as ODK Central refuses it; a body announced larger than the limit phones are
 * told ({@code X-OpenRosa-Accept-Content-Length}) gets a 413 before it is read.
 */
@Configuration(proxyBeanMethods = false)
class OpenRosaHeaderFilter {

    private static final Logger log = LoggerFactory.getLogger(OpenRosaHeaderFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> openRosaHeaders(MultipartProperties multipart) {
        long maxBytes = multipart.getMaxRequestSize().toBytes();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !OpenRosaResponse.isPhoneRequest(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION);
                if (request.getHeader(OpenRosaResponse.VERSION_HEADER) == null) {
                    OpenRosaResponse.write(response, HttpServletResponse.SC_BAD_REQUEST,
                            "This address is for OpenRosa clients (ODK Collect): the X-OpenRosa-Version header is required");
                    return;
                }
                if (request.getContentLengthLong() > maxBytes) {
                    OpenRosaResponse.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                            "The submission is larger than the " + maxBytes + " bytes this server accepts in one request");
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } catch (RuntimeException | ServletException failure) {
                    if (response.isCommitted()) {
                        throw failure;
                    }
                    response.reset();
                    if (UploadLimit.exceeded(failure)) {
                        OpenRosaResponse.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                                "A file or the whole submission is larger than this server accepts (" + maxBytes + " bytes in one request)");
                        return;
                    }
                    // A failure before any controller (the database busy during sign-in): the phone keeps the form and retries.
                    log.error("Failure before the OpenRosa controllers on {} {}", request.getMethod(),
                            OpenRosaResponse.loggablePath(request), failure);
                    OpenRosaResponse.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "The server could not answer: the phone will try again");
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setName("openRosaHeaders");
        return registration;
    }
}
