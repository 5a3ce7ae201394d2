package org.balise.arms;

import java.util.List;

/**
 * A facility's explosives safety: each storehouse against every exposed site, with the rules used to decide
 * which distance protects which kind of site, and the NEQ held outside any storehouse.
 */
public record SiteCompliance(String facilityReference, List<StorehouseCompliance> storehouses, double unassignedNeqKg,
        List<String> rules) {
}
