package org.balise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.balise.shared.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a body sent to /api must be before any parser sees it. At most {@code balise.web.max-api-body} (5 MB: a
 * hazardous area of tens of thousands of vertices): larger is a 413 before it is read when announced, and as soon
 * as the limit is crossed when sent in chunks, so a body bomb never fills the memory. JSON is strict UTF-8 (RFC
 * 8259): invalid, overlong ({@code C0 AF} for "/") or truncated sequences are refused, where the JSON parser would
 * decode some of them. Multipart uploads keep their own limits.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyGuard {

    /** Thrown into the reader of a body that breaks a rule; {@link WebErrorHandler} answers with its status. */
    static final class BodyRefused extends IOException {

        private final ProblemType type;

        BodyRefused(ProblemType type, String message) {
            super(message);
            this.type = type;
        }

        ProblemType type() {
            return type;
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiBodyGuardFilter(ProblemJson problemJson,
            @Value("${balise.web.max-api-body:5MB}") DataSize maxBody) {
        long limit = maxBody.toBytes();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String type = request.getContentType();
                return !WebErrorHandler.isApi(request) || (type != null && type.toLowerCase().startsWith("multipart/"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() > limit) {
                    problemJson.write(response, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than "
                            + limit + " bytes", RequestContextUtils.getLocale(request));
                    return;
                }
                String type = String.valueOf(request.getContentType()).toLowerCase();
                boolean json = type.startsWith("application/json") || type.contains("+json");
                chain.doFilter(new Guarded(request, limit, json), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        registration.setName("apiBodyGuard");
        return registration;
    }

    private static final class Guarded extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean utf8;
        private ServletInputStream stream;

        Guarded(HttpServletRequest request, long limit, boolean utf8) {
            super(request);
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Checked(super.getInputStream(), limit, utf8 ? new Utf8Check() : null);
            }
            return stream;
        }
    }

    private static final class Checked extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final Utf8Check utf8;
        private long read;

        Checked(ServletInputStream in, long limit, Utf8Check utf8) {
            this.in = in;
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                end();
            } else {
                check(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                end();
            } else {
                check(buffer, offset, n);
            }
            return n;
        }

        private void check(byte[] buffer, int offset, int n) throws BodyRefused {
            read += n;
            if (read > limit) {
                throw new BodyRefused(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + limit + " bytes");
            }
            if (utf8 != null && !utf8.accept(buffer, offset, n)) {
                throw notUtf8();
            }
        }

        private void end() throws BodyRefused {
            if (utf8 != null && !utf8.complete()) {
                throw notUtf8();
            }
        }

        private static BodyRefused notUtf8() {
            return new BodyRefused(ProblemType.MALFORMED_REQUEST, "The request body is not valid UTF-8");
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /**
     * Well-formed UTF-8 as Unicode defines it (table 3-7), checked byte by byte across reads: no overlong forms,
     * no surrogates, nothing above U+10FFFF, no sequence cut short.
     */
    static final class Utf8Check {

        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        boolean accept(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                int b = bytes[i] & 0xFF;
                if (pending > 0) {
                    if (b < low || b > high) {
                        return false;
                    }
                    pending--;
                    low = 0x80;
                    high = 0xBF;
                } else if (b >= 0x80 && !lead(b)) {
                    return false;
                }
            }
            return true;
        }

        boolean complete() {
            return pending == 0;
        }

        private boolean lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            return true;
        }
    }
}
