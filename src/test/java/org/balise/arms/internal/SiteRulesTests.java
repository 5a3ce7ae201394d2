package org.balise.arms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.balise.arms.StorehouseCompliance;
import org.balise.arms.qd.DistanceType;
import org.balise.arms.qd.HazardDivision;
import org.balise.shared.geo.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** A storehouse of 10 t of HD 1.1 against a village, a process building and a road, worked by hand. */
class SiteRulesTests {

    private static final double LAT = 13.0;
    private static final double LON = -6.0;
    /** Degrees of latitude per metre on a sphere of the haversine radius (6,371,008.8 m). */
    private static final double DEG_PER_METRE = 180 / (Math.PI * 6_371_008.8);

    private static Point north(double metres) {
        return GeoJsonGeometry.FACTORY.createPoint(new Coordinate(LON, LAT + metres * DEG_PER_METRE));
    }

    @Test
    void sitesCloserThanRequiredAreViolationsAndTheClosestBoundsThePermissibleNeq() {
        // Q = 10,000 kg of HD 1.1: Q^(1/3) = 21.544. IBD = 22.2 x 21.544 = 478.3 -> 479 m (D13, minimum 400 m);
        // PBD = 8.0 x 21.544 = 172.4 -> 173 m; PTRD = 14.8 x 21.544 = 318.9 -> 319 m (IATG 02.20 Annex D, E; cl. 7.7).
        var storehouse = new SiteRules.Storehouse("Magasin 1", LAT, LON, Map.of(HazardDivision.HD_1_1, 10_000.0));
        var village = new SiteRules.ExposedSite("Village", "POPULATED_PLACE", DistanceType.IBD, north(300.5));
        var office = new SiteRules.ExposedSite("Bureau", "OFFICE", DistanceType.PBD, north(150.5));
        var road = new SiteRules.ExposedSite("Route", "ROAD", DistanceType.PTRD, north(400.5));

        StorehouseCompliance result = SiteRules.evaluate(storehouse, List.of(village, office, road));

        assertThat(result.evaluatedAs()).isEqualTo("1.1");
        assertThat(result.violations()).extracting(StorehouseCompliance.Violation::site).containsExactly("Village", "Bureau");
        assertThat(result.violations().get(0).requiredMetres()).isEqualTo(479);
        assertThat(result.violations().get(0).actualMetres()).isEqualTo(300);
        assertThat(result.violations().get(0).shortfallMetres()).isEqualTo(179);
        assertThat(result.violations().get(1).shortfallMetres()).isEqualTo(173 - 150);
        // The village at 300 m is inside the 400 m IBD minimum: no quantity of HD 1.1 is permitted there.
        assertThat(result.permissibleNeqKg()).isZero();
        assertThat(result.limitingSite()).startsWith("Village");
        assertThat(result.overPermissible()).isTrue();
    }

    @Test
    void aStorehouseClearOfEverySiteHasNoViolationAndItsPermissibleNeqCoversWhatItHolds() {
        var storehouse = new SiteRules.Storehouse("Magasin 2", LAT, LON, Map.of(HazardDivision.HD_1_1, 10_000.0));
        // (600 / 22.2)^3 = 27.027^3 = 19,742 kg: the village at 600 m permits more than the 10 t held.
        var result = SiteRules.evaluate(storehouse, List.of(new SiteRules.ExposedSite("Village", "POPULATED_PLACE", DistanceType.IBD,
                north(600.5))));

        assertThat(result.violations()).isEmpty();
        assertThat(result.permissibleNeqKg()).isBetween(19_700L, 19_742L);
        assertThat(result.overPermissible()).isFalse();
    }

    @Test
    void anEmptyStorehouseNeedsNoDistance() {
        var result = SiteRules.evaluate(new SiteRules.Storehouse("Vide", LAT, LON, Map.of()),
                List.of(new SiteRules.ExposedSite("Village", "POPULATED_PLACE", DistanceType.IBD, north(10))));

        assertThat(result.violations()).isEmpty();
        assertThat(result.required()).isEmpty();
        assertThat(result.permissibleNeqKg()).isNull();
    }
}
