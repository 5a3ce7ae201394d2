package org.balise.education;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * People reached in one group of a breakdown (a month, a region, an audience, a method): repeat sessions of a
 * group are counted as sessions but their people are not counted again.
 */
public record EoreFigure(String key, int sessions, int girls, int boys, int women, int men, int disabled) {

    @JsonProperty("people")
    public int people() {
        return girls + boys + women + men;
    }
}
