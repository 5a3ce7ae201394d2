package org.balise.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A focal point. {@code name} and {@code phone} are null, and absent from JSON, for readers who may not see
 * personal data. The position is that of the community, not of the person's home.
 */
public record FocalPoint(String reference, @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone, String sex, AgeBand ageBand, Profile profile,
        String placePcode, String placeName, String adm1Pcode, String adm1Name, String adm3Pcode, String adm3Name, double lat,
        double lon, String languages, LocalDate joinedOn, FocalPointStatus status, LocalDate lastTraining, LocalDate refresherDue) {

    public FocalPoint anonymised() {
        return new FocalPoint(reference, null, null, sex, ageBand, profile, placePcode, placeName, adm1Pcode, adm1Name, adm3Pcode,
                adm3Name, lat, lon, languages, joinedOn, status, lastTraining, refresherDue);
    }
}
