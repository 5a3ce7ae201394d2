package org.balise.arms;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A physical count against the records: weapons on record but not found (a diversion warning), serials found
 * but not on record, and lots whose counted quantity differs from the ledger.
 */
public record CountReport(String facilityReference, LocalDate countedOn, String countedBy, int weaponsOnRecord,
        int weaponsFound, List<Weapon> missingWeapons, List<String> unrecordedSerials, List<LotDifference> lotDifferences) {

    public record LotDifference(long lotId, String lotNumber, String ammoType, long recorded, long counted) {

        @JsonProperty("difference")
        public long difference() {
            return counted - recorded;
        }
    }

    /** Anything on record that was not found is a possible diversion. */
    @JsonProperty("diversionWarning")
    public boolean diversionWarning() {
        return !missingWeapons.isEmpty() || lotDifferences.stream().anyMatch(lot -> lot.counted() < lot.recorded());
    }
}
