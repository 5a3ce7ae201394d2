package org.balise.shared;

import java.util.List;

/**
 * Thrown by services when a request cannot be carried out; the web layer turns it into problem+json or a
 * message on the page. Carries every problem found, not just the first.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> problems;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldProblem> problems) {
        super(detail);
        this.type = type;
        this.problems = List.copyOf(problems);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems in the input",
                problems);
    }

    public static ProblemException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldProblem(field, code, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
