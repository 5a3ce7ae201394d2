package org.balise.community;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Victims of an accident reported by a focal point, by sex and age group (children are under 18). */
public record VictimCounts(int girls, int boys, int women, int men, int unknown) {

    public static final VictimCounts NONE = new VictimCounts(0, 0, 0, 0, 0);

    @JsonProperty("total")
    public int total() {
        return girls + boys + women + men + unknown;
    }
}
