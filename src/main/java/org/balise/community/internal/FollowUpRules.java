package org.balise.community.internal;

import java.time.LocalDate;
import org.balise.community.FollowUp;
import org.balise.community.ReportKind;
import org.balise.hazard.ReportStatus;

/** The follow-up a community sees, read from the status of the record its report became. */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    /**
     * An accident is recorded only after an IM officer reviewed it, so it counts as verified. A dangerous item
     * follows its hazard report; a team's visit counts only while the hazard report itself has not moved on.
     */
    public static FollowUp of(ReportKind kind, ReportStatus hazardStatus, LocalDate verifiedOn) {
        if (kind == ReportKind.ACCIDENT) {
            return FollowUp.VERIFIED;
        }
        if (hazardStatus == null) {
            return verifiedOn == null ? FollowUp.RECEIVED : FollowUp.VERIFIED;
        }
        return switch (hazardStatus) {
            case CLEARED_BY_SPOT_TASK -> FollowUp.CLEARED;
            case NO_EVIDENCE_FOUND -> FollowUp.NO_EVIDENCE_FOUND;
            case AREA_RECORDED -> FollowUp.HAZARD_RECORDED;
            case RECEIVED -> verifiedOn == null ? FollowUp.RECEIVED : FollowUp.VERIFIED;
        };
    }

    /** A visit can be recorded only while nothing further has happened to a dangerous-item report. */
    public static boolean mayBeVerified(ReportKind kind, FollowUp now) {
        return kind == ReportKind.DANGEROUS_ITEM && now == FollowUp.RECEIVED;
    }
}
