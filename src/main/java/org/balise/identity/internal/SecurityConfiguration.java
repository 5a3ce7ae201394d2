package org.balise.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.balise.identity.Role;
import org.balise.shared.ProblemType;
import org.balise.shared.web.OpenRosaResponse;
import org.balise.shared.web.ProblemJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.www.DigestAuthenticationFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Three filter chains: phones on the OpenRosa addresses; /api/** and /actuator/** are stateless (HTTP Basic or a Bearer API token, problem+json
 * errors, no CSRF); pages use a session, the sign-in form and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(List.of(provider));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /**
     * A request the firewall refuses (an encoded slash or dot segment, a NUL byte, a semicolon in the path) is a 400
     * in the caller's own format, like every other refusal.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemJson problemJson) {
        return (request, response, rejected) -> {
            String detail = "The address contains characters or segments this server does not accept";
            if (OpenRosaResponse.isPhoneRequest(request)) {
                OpenRosaResponse.write(response, HttpServletResponse.SC_BAD_REQUEST, detail);
            } else if (request.getRequestURI().startsWith("/api/")) {
                problemJson.write(response, ProblemType.MALFORMED_REQUEST, detail, RequestContextUtils.getLocale(request));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    /** An ADMIN may do all that the other roles may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        StringBuilder hierarchy = new StringBuilder();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                hierarchy.append(Role.ADMIN.authority()).append(" > ").append(role.authority()).append('\n');
            }
        }
        return RoleHierarchyImpl.fromHierarchy(hierarchy.toString());
    }

    /** Phones (OpenRosa): stateless, HTTP Digest, Basic over HTTPS or locally, or a token URL; app users only. */
    @Bean
    @Order(0)
    SecurityFilterChain phoneChain(HttpSecurity http, AppUserRepository appUsers, IdentityProperties properties) throws Exception {
        String key = properties.digestNonceKey() == null || properties.digestNonceKey().isBlank()
                ? UUID.randomUUID().toString() : properties.digestNonceKey();
        PhoneDigestEntryPoint entryPoint = new PhoneDigestEntryPoint(key);
        DigestAuthenticationFilter digest = new DigestAuthenticationFilter();
        digest.setUserDetailsService(PhoneUserDetails.service(appUsers));
        digest.setPasswordAlreadyEncoded(true);
        digest.setCreateAuthenticatedToken(true);
        digest.setAuthenticationEntryPoint(entryPoint);
        http.securityMatcher(OpenRosaResponse::isPhoneRequest)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(PhoneUserDetails.AUTHORITY))
                .addFilterBefore(new PhoneKeyAndBasicFilter(appUsers), BasicAuthenticationFilter.class)
                .addFilterAfter(digest, PhoneKeyAndBasicFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, failure) -> OpenRosaResponse.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Only phones (app users) may use this address")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            IdentityRepository repository, ProblemJson problems) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> unauthenticated(problems, request, response, failure);
        AccessDeniedHandler denied = (request, response, failure) -> problems.write(response, ProblemType.FORBIDDEN,
                "Your role does not allow this", RequestContextUtils.getLocale(request));
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Balise").authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ApiTokenAuthenticationFilter(repository, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/problems/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(signInFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")));
        return http.build();
    }

    /**
     * Pages run only Balise's own scripts: no inline script, no other origin. Images may come from a tile server
     * over HTTPS (balise.geography.tile-url); styles set by Leaflet and a few attributes need inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath()
                + (failure instanceof SignInThrottledException throttled
                        ? "/login?throttled=" + Math.max(1, throttled.retryAfter().toSeconds())
                        : "/login?error"));
    }

    private static void unauthenticated(ProblemJson problems, HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            problems.write(response, ProblemType.SIGN_IN_THROTTLED, throttled.getMessage(), RequestContextUtils.getLocale(request));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Balise\"");
        problems.write(response, ProblemType.UNAUTHENTICATED,
                request.getHeader("Authorization") == null ? "Sign-in is required" : "Wrong username or password",
                RequestContextUtils.getLocale(request));
    }
}
