package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.balise.arms.qd.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The compatibility mixing table (IATG 01.50 cl. 7.1) is data, not verified against the standard: Balise's notes
 * state only that the relation is symmetric and that H may be stored only with H and S.
 */
class CompatibilityMatrixTests {

    private static final CompatibilityMatrix SHIPPED = CompatibilityMatrix.shipped();

    @Test
    void theShippedTableLoadsWithEveryGroup() {
        assertThat(SHIPPED.groups()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "N", "S");
    }

    @Test
    void theShippedTableNamesItsSourceAndAsksForReview() throws IOException {
        try (InputStream in = CompatibilityMatrix.class.getResourceAsStream(CompatibilityMatrix.SHIPPED_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("# Source: IATG 01.50 cl. 7.1", "TO BE REVIEWED by an administrator");
        }
    }

    @Test
    void hMayNotBeStoredWithD() {
        MixingCheck check = SHIPPED.check(List.of("H", "D"));

        assertThat(check.forbidden()).extracting(MixingCheck.GroupPair::groupA, MixingCheck.GroupPair::groupB)
                .containsExactly(tuple("D", "H"));
        assertThat(check.errors()).singleElement().asString()
                .startsWith("Compatibility groups D and H may not be stored together");
    }

    @Test
    void hWithEveryGroupButHAndSIsForbidden() {
        for (String other : List.of("A", "B", "C", "D", "E", "F", "G", "J", "K", "L", "N")) {
            assertThat(SHIPPED.check(List.of("H", other)).forbidden()).as("H with %s", other).hasSize(1);
        }
    }

    @Test
    void hMayBeStoredWithS() {
        MixingCheck check = SHIPPED.check(List.of("H", "S"));

        assertThat(check.forbidden()).isEmpty();
        assertThat(check.unverified()).isEmpty();
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void dWithEIsReportedAsUnverified() {
        MixingCheck check = SHIPPED.check(List.of("D", "E"));

        assertThat(check.forbidden()).isEmpty();
        assertThat(check.unverified()).extracting(MixingCheck.GroupPair::groupA, MixingCheck.GroupPair::groupB)
                .containsExactly(tuple("D", "E"));
        assertThat(check.warnings()).singleElement().asString().contains("check it against the IATG 01.50");
    }

    @Test
    void aGroupAloneIsCheckedWithItself() {
        assertThat(SHIPPED.check(List.of("D")).warnings()).isEmpty();
        // L with L: "same type only" is not in the notes, so it is left for review.
        assertThat(SHIPPED.check(List.of("L")).unverified()).extracting(MixingCheck.GroupPair::groupB).containsExactly("L");
        assertThat(SHIPPED.check(List.of()).groups()).isEmpty();
    }

    @Test
    void lettersAreReadWhateverTheirCase() {
        assertThat(SHIPPED.check(List.of("h", " s ")).groups()).containsExactly("H", "S");
    }

    @Test
    void refusesAnUnknownGroup() {
        assertRefused(() -> SHIPPED.check(List.of("D", "X")), "groups", "unknown-compatibility-group");
        assertRefused(() -> SHIPPED.check(List.of("I")), "groups", "unknown-compatibility-group");
        assertRefused(() -> SHIPPED.check(List.of("DD")), "groups", "unknown-compatibility-group");
    }

    @Test
    void loadsASmallTableInEitherOrder() {
        CompatibilityMatrix matrix = load("""
                # a comment
                group_a,group_b,allowed,source
                A,A,yes,test
                B,A,no,test, with a comma
                B,B,unverified,test
                A,B,no,test again
                """);

        assertThat(matrix.check(List.of("A", "B")).forbidden()).singleElement()
                .isEqualTo(new MixingCheck.GroupPair("A", "B", "test, with a comma"));
    }

    @Test
    void refusesMalformedLinesAndSaysWhere() {
        assertThatThrownBy(() -> load("""
                group_a,group_b,allowed,source
                A,A,yes,test
                A;A;yes;test
                A,1,yes,test
                A,A,maybe,test
                A,A,yes,
                """)).isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.type()).isEqualTo(ProblemType.INVALID_FILE);
                    assertThat(refusal.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                            tuple("line 3", "malformed-line"),
                            tuple("line 4", "unknown-compatibility-group"),
                            tuple("line 5", "invalid-answer"),
                            tuple("line 6", "missing-source"));
                });
    }

    @Test
    void refusesAContradictoryDuplicatePair() {
        assertThatThrownBy(() -> load("""
                group_a,group_b,allowed,source
                A,A,yes,test
                B,B,yes,test
                A,B,yes,test
                B,A,no,test
                """)).isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problems())
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("line 5", "contradictory-pair")));
    }

    @Test
    void refusesAMissingPairOrHeader() {
        assertThatThrownBy(() -> load("""
                group_a,group_b,allowed,source
                A,A,yes,test
                B,B,yes,test
                """)).isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problems())
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("file", "missing-pair")));
        assertThatThrownBy(() -> load("A,A,yes,test\n")).isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.problems()).extracting(FieldProblem::code).containsExactly("missing-header"));
        assertThatThrownBy(() -> load("# only comments\n")).isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.problems()).extracting(FieldProblem::code).containsExactly("missing-header"));
    }

    private static CompatibilityMatrix load(String csv) {
        return CompatibilityMatrix.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
