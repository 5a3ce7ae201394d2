package org.balise.hazard.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code balise.hazard}.
 *
 * @param maxOverlapShare share of a new area that may lie inside another open area before a warning
 * @param duplicateDistanceMetres a new report this close to an open area sharing a device category is flagged
 */
@ConfigurationProperties("balise.hazard")
public record HazardProperties(@DefaultValue("0.5") double maxOverlapShare,
        @DefaultValue("500") double duplicateDistanceMetres) {
}
