package org.balise.hazard;

/** The follow-up of a hazard report. */
public enum ReportStatus {
    /** Recorded, not yet acted on. */
    RECEIVED,
    /** Linked to a hazardous area it created or updated. */
    AREA_RECORDED,
    /** Closed by an EOD spot task that found and destroyed items. */
    CLEARED_BY_SPOT_TASK,
    /** Closed by an EOD spot task that found nothing. */
    NO_EVIDENCE_FOUND
}
