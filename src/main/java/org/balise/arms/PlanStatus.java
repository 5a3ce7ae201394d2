package org.balise.arms;

public enum PlanStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
