package org.balise.community;

/** Focal points in one group of a breakdown (a region, a profile): active and inactive, women and men. */
public record NetworkFigure(String key, int active, int inactive, int women, int men) {
}
