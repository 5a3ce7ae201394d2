package org.balise.shared;

/**
 * One thing wrong with an input: which field (or file, feature, line), a stable code, and a readable message.
 */
public record FieldProblem(String field, String code, String message) implements java.io.Serializable {
}
