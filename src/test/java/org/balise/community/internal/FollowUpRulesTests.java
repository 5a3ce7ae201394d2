package org.balise.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.balise.community.CfpReport;
import org.balise.community.FollowUp;
import org.balise.community.ReportFigure;
import org.balise.community.ReportKind;
import org.balise.community.VictimCounts;
import org.balise.hazard.ReportStatus;
import org.junit.jupiter.api.Test;

class FollowUpRulesTests {

    private static final LocalDate VISIT = LocalDate.of(2026, 10, 3);

    @Test
    void aDangerousItemFollowsItsHazardReport() {
        assertThat(FollowUpRules.of(ReportKind.DANGEROUS_ITEM, ReportStatus.RECEIVED, null)).isEqualTo(FollowUp.RECEIVED);
        assertThat(FollowUpRules.of(ReportKind.DANGEROUS_ITEM, ReportStatus.RECEIVED, VISIT)).isEqualTo(FollowUp.VERIFIED);
        assertThat(FollowUpRules.of(ReportKind.DANGEROUS_ITEM, ReportStatus.AREA_RECORDED, null)).isEqualTo(FollowUp.HAZARD_RECORDED);
        assertThat(FollowUpRules.of(ReportKind.DANGEROUS_ITEM, ReportStatus.CLEARED_BY_SPOT_TASK, VISIT)).isEqualTo(FollowUp.CLEARED);
        assertThat(FollowUpRules.of(ReportKind.DANGEROUS_ITEM, ReportStatus.NO_EVIDENCE_FOUND, VISIT))
                .isEqualTo(FollowUp.NO_EVIDENCE_FOUND);
    }

    @Test
    void anAccidentIsVerifiedOnceRecorded() {
        assertThat(FollowUpRules.of(ReportKind.ACCIDENT, null, null)).isEqualTo(FollowUp.VERIFIED);
        assertThat(FollowUpRules.mayBeVerified(ReportKind.ACCIDENT, FollowUp.VERIFIED)).isFalse();
    }

    @Test
    void onlyAReceivedDangerousItemMayBeMarkedVerified() {
        assertThat(FollowUpRules.mayBeVerified(ReportKind.DANGEROUS_ITEM, FollowUp.RECEIVED)).isTrue();
        for (FollowUp later : List.of(FollowUp.VERIFIED, FollowUp.HAZARD_RECORDED, FollowUp.CLEARED, FollowUp.NO_EVIDENCE_FOUND)) {
            assertThat(FollowUpRules.mayBeVerified(ReportKind.DANGEROUS_ITEM, later)).as(later.name()).isFalse();
        }
    }

    @Test
    void reportFiguresCountKindsAndVictimsPerKey() {
        List<CfpReport> reports = List.of(report("ML05", ReportKind.DANGEROUS_ITEM, VictimCounts.NONE),
                report("ML05", ReportKind.ACCIDENT, new VictimCounts(1, 2, 0, 1, 0)),
                report("ML04", ReportKind.ACCIDENT, new VictimCounts(0, 0, 1, 0, 2)),
                report(null, ReportKind.DANGEROUS_ITEM, VictimCounts.NONE));

        List<ReportFigure> figures = NetworkFigures.reports(reports, CfpReport::adm1Pcode);

        assertThat(figures).containsExactly(new ReportFigure("ML04", 0, 1, 3), new ReportFigure("ML05", 1, 1, 4),
                new ReportFigure("—", 1, 0, 0));
    }

    private static CfpReport report(String region, ReportKind kind, VictimCounts victims) {
        return new CfpReport("CFR-1", kind, null, null, null, VISIT, 14.5, -4.1, region, region, null, null, null, "UXO", null,
                null, victims, null, null, null, FollowUp.RECEIVED, null, null, null);
    }
}
