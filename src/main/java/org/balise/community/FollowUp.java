package org.balise.community;

/**
 * What has happened since a focal point reported, read from the record the report became: the community is
 * told what came of its report.
 */
public enum FollowUp {
    /** Approved into a hazard report that nobody has acted on yet. */
    RECEIVED,
    /** A team has been and confirmed it (for an accident: recorded as an accident after review). */
    VERIFIED,
    /** Recorded as, or merged into, a hazardous area. */
    HAZARD_RECORDED,
    /** An EOD team found and destroyed the items. */
    CLEARED,
    /** An EOD team went and found nothing. */
    NO_EVIDENCE_FOUND
}
