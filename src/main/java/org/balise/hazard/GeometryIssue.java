package org.balise.hazard;

/**
 * A problem with a geometry: refused ones stop the change, the others are warnings stored with it. The code is
 * also the message key {@code geometry.<code>} of its text in the user's language.
 */
public record GeometryIssue(String code, boolean refused, String detail) implements java.io.Serializable {
}
