package org.balise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one writer of OpenRosaResponse XML, the body ODK Collect shows to its user: used by the OpenRosa
 * controllers and by the security filters that answer phones before any controller runs.
 */
public final class OpenRosaResponse {

    public static final String VERSION_HEADER = "X-OpenRosa-Version";
    public static final String VERSION = "1.0";
    public static final String NAMESPACE = "http://openrosa.org/http/response";

    private OpenRosaResponse() {
    }

    public static String xml(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenRosaResponse xmlns=\"" + NAMESPACE + "\">"
                + "<message nature=\"\">" + escape(message) + "</message></OpenRosaResponse>";
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = xml(message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader(VERSION_HEADER, VERSION);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether a request is for the phones' addresses (OpenRosa): one definition for security, filters and errors. */
    public static boolean isPhoneRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/formList") || path.startsWith("/forms/") || path.equals("/submission") || path.startsWith("/key/");
    }

    /** The request path without the secret of a phone's token URL, which must never reach a log. */
    public static String loggablePath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/key/[^/]*", "/key/***");
    }

    /** Escapes text for XML element content, dropping the control characters XML 1.0 forbids. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
