package org.balise.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.junit.jupiter.api.Test;

class AreaRulesTests {

    @Test
    void aSuspectedAreaBecomesConfirmedOnDirectEvidence() {
        assertThat(AreaRules.type(AreaType.SHA, List.of(new Evidence(EvidenceKind.INDIRECT, "rumour", null, null))))
                .isEqualTo(AreaType.SHA);
        assertThat(AreaRules.type(AreaType.SHA, List.of(new Evidence(EvidenceKind.DIRECT, "mine seen", 14.0, -4.0))))
                .isEqualTo(AreaType.CHA);
        assertThat(AreaRules.type(AreaType.CHA, List.of())).isEqualTo(AreaType.CHA);
    }

    @Test
    void olderInformationDoesNotChangeTheSummary() {
        LocalDate summary = LocalDate.of(2026, 6, 1);

        assertThat(AreaRules.changesSummary(summary, LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(AreaRules.changesSummary(summary, summary)).isTrue();
        assertThat(AreaRules.changesSummary(summary, LocalDate.of(2026, 6, 2))).isTrue();
    }

    @Test
    void anAreaIsClosedWhenNothingRemains() {
        assertThat(AreaRules.status(10_000, 0, true)).isEqualTo(AreaStatus.OPEN);
        assertThat(AreaRules.status(10_000, 4_000, true)).isEqualTo(AreaStatus.WORKED_ON);
        assertThat(AreaRules.status(10_000, 9_999.5, true)).isEqualTo(AreaStatus.CLOSED);
    }
}
