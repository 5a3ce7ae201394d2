package org.balise.prioritisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an area moves between two scenarios: a positive movement is a move up the ranking. */
public record RankChange(String reference, String name, int rankA, int rankB, double scoreA, double scoreB) {

    @JsonProperty("movement")
    public int movement() {
        return rankA - rankB;
    }
}
