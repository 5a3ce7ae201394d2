package org.balise.casualty;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.balise.shared.ordnance.DeviceCategory;

/** An explosive ordnance accident with its victims and where it happened. */
public record Accident(String reference, LocalDate date, double lat, double lon, String gazetteer, String adm1Pcode,
        String adm1Name, String adm2Pcode, String adm2Name, String adm3Pcode, String adm3Name,
        DeviceCategory deviceCategory, boolean deminingAccident, String hazardAreaReference, String description,
        List<Victim> victims) {

    @JsonProperty("killed")
    public long killed() {
        return victims.stream().filter(victim -> victim.outcome() == Outcome.KILLED).count();
    }

    @JsonProperty("injured")
    public long injured() {
        return victims.stream().filter(victim -> victim.outcome() == Outcome.INJURED).count();
    }
}
