package org.balise.hazard;

/** Estimated people who would benefit from releasing the area, by sex and age. */
public record Beneficiaries(int women, int men, int girls, int boys) {

    public static final Beneficiaries NONE = new Beneficiaries(0, 0, 0, 0);

    public int total() {
        return women + men + girls + boys;
    }
}
