package org.balise.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A report from a community, as approved: what it became (a hazard report, maybe an area, or an accident) and
 * its follow-up. {@code reporterName} and {@code reporterPhone} are null, and absent from JSON, for readers
 * who may not see personal data.
 */
public record CfpReport(String reference, ReportKind kind, String focalPointReference,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reporterName,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reporterPhone, LocalDate reportDate, double lat, double lon,
        String adm1Pcode, String adm1Name, String adm2Pcode, String adm3Pcode, String adm3Name, String deviceCategory,
        String description, Boolean marked, VictimCounts victims, String hazardReportReference, String areaReference,
        String accidentReference, FollowUp followUp, String verifiedByTeam, LocalDate verifiedOn, String submissionId) {

    public CfpReport anonymised() {
        return new CfpReport(reference, kind, focalPointReference, null, null, reportDate, lat, lon, adm1Pcode, adm1Name,
                adm2Pcode, adm3Pcode, adm3Name, deviceCategory, description, marked, victims, hazardReportReference,
                areaReference, accidentReference, followUp, verifiedByTeam, verifiedOn, submissionId);
    }

    public CfpReport following(FollowUp now, String area) {
        return new CfpReport(reference, kind, focalPointReference, reporterName, reporterPhone, reportDate, lat, lon, adm1Pcode,
                adm1Name, adm2Pcode, adm3Pcode, adm3Name, deviceCategory, description, marked, victims, hazardReportReference,
                area, accidentReference, now, verifiedByTeam, verifiedOn, submissionId);
    }
}
