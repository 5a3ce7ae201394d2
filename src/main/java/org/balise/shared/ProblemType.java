package org.balise.shared;

import java.net.URI;

/**
 * The catalog of every problem Balise reports. Each has a stable slug (its type URI), an HTTP status and a
 * message key whose text, in the user's language, is the problem's title.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter"),
    VALIDATION_FAILED(400, "validation-failed"),
    MALFORMED_REQUEST(400, "malformed-request"),
    INVALID_FILE(400, "invalid-file"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    OUTSIDE_MALI(404, "outside-mali"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    SIGN_IN_THROTTLED(429, "sign-in-throttled"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    /** Relative type URI, documented under /problems/ (RFC 9457 allows relative references). */
    public URI typeUri() {
        return URI.create("/problems/" + slug);
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }
}
