package org.balise.casualty;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Casualties of one group (a year, a region, a sex, an age group or a device category): killed and injured. */
public record CasualtyFigure(String group, long killed, long injured) {

    @JsonProperty("total")
    public long total() {
        return killed + injured;
    }
}
