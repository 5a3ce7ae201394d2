package org.balise.arms;

/** A change to a plan item as a client sends it; fields left null keep their value. */
public record PlanChange(String status, Double costUsd, String plannedOn, String doneOn, String description) {
}
