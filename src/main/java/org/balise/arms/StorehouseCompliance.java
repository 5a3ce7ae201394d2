package org.balise.arms;

import java.util.List;
import java.util.Map;

/**
 * One explosive storehouse against its surroundings: the NEQ it holds by hazard division, the distances they
 * require (evaluated as {@code evaluatedAs} when divisions are mixed), every exposed site closer than required,
 * and the largest NEQ its actual surroundings permit ({@code permissibleNeqKg}, null where the division's
 * distances do not depend on NEQ).
 */
public record StorehouseCompliance(String storehouse, double lat, double lon, Map<String, Double> neqKgByDivision, double heldNeqKg,
        String evaluatedAs, List<Required> required, List<Violation> violations, Long permissibleNeqKg, String limitingSite,
        List<String> notes) {

    public record Required(String type, Integer metres, String formula, String source, String text) {
    }

    public record Violation(String site, String siteKind, String type, int requiredMetres, long actualMetres) {

        @com.fasterxml.jackson.annotation.JsonProperty("shortfallMetres")
        public long shortfallMetres() {
            return requiredMetres - actualMetres;
        }
    }

    @com.fasterxml.jackson.annotation.JsonProperty("overPermissible")
    public boolean overPermissible() {
        return permissibleNeqKg != null && heldNeqKg > permissibleNeqKg;
    }
}
