package org.balise.arms.qd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balise.arms.qd.Refusals.assertRefused;

import org.balise.shared.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HazardDivisionTests {

    @ParameterizedTest
    @EnumSource(HazardDivision.class)
    void parsesEveryCodeItWrites(HazardDivision division) {
        assertThat(HazardDivision.parse(division.code())).isEqualTo(division);
    }

    @Test
    void parsesTheSubdivisionsAndHd16() {
        assertThat(HazardDivision.parse("1.2.1")).isEqualTo(HazardDivision.HD_1_2_1);
        assertThat(HazardDivision.parse(" 1.3.2 ")).isEqualTo(HazardDivision.HD_1_3_2);
        // HD 1.6 is a division: it parses, only its distances are refused (cl. 10.2).
        assertThat(HazardDivision.parse("1.6")).isEqualTo(HazardDivision.HD_1_6);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2.1", "abc", "1", "1.7", "1.2.3", "1.3.3", "HD 1.1", "1.1.1"})
    void refusesAnythingElse(String code) {
        assertRefused(() -> HazardDivision.parse(code), "hd", "unknown-division");
    }

    @Test
    void refusesHd12WithoutSubdivisionAndSaysWhichToChoose() {
        // IATG 02.20 Annex H gives HD 1.2.1 (Table F.1) and HD 1.2.2 (Table G.1) separately.
        assertRefused(() -> HazardDivision.parse("1.2"), "hd", "unknown-division");
        assertThatThrownBy(() -> HazardDivision.parse("1.2")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("choose 1.2.1 or 1.2.2");
    }
}
