package org.balise.education;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A region's target for a quarter against what its sessions achieved, by sex and age. */
public record TargetProgress(String adm1Pcode, String adm1Name, int year, int quarter, Counts target, Counts achieved) {

    public record Counts(int girls, int boys, int women, int men) {

        public int total() {
            return girls + boys + women + men;
        }
    }

    /** Share of the target reached, in percent (rounded down); null without a target. */
    @JsonProperty("percent")
    public Integer percent() {
        return target.total() == 0 ? null : (int) (100L * achieved.total() / target.total());
    }
}
