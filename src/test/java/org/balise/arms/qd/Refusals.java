package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;

/** Asserts a refusal by its field and stable code, the parts a caller relies on. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problems())
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple(field, code)));
    }
}
