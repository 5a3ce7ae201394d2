package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void defaultsToAThousandFromTheStart() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1000, 0));
    }

    @Test
    void refusesLimitsOutsideOneToTenThousandAndNegativeOffsets() {
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of(10_001, 0)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of(10, -1)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(PageRequest.of(10_000, 5).limit()).isEqualTo(10_000);
    }
}
