package org.balise.prioritisation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.balise.geography.LayerKind;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.HazardArea;
import org.balise.hazard.LandUse;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.Scenario;
import org.locationtech.jts.geom.Point;

/** Turns an area and its surroundings into factor values. Pure logic. */
public final class FactsBuilder {

    private FactsBuilder() {
    }

    public static AreaFacts facts(HazardArea area, SpatialContext context, Scenario scenario, LocalDate today) {
        AreaDetails details = area.details();
        Point inside = details.geometry().getInteriorPoint();
        Map<Factor, Double> values = new EnumMap<>(Factor.class);
        LocalDate since = today.minusMonths(scenario.casualtyWindowMonths());
        values.put(Factor.CASUALTIES, ImpactScoring.casualties(
                context.casualtiesWithin(inside.getY(), inside.getX(), scenario.casualtyRadiusKm(), since)));
        values.put(Factor.DEVICE, ImpactScoring.deviceSeverity(details.deviceCategories()));
        values.put(Factor.EVIDENCE, ImpactScoring.evidence(details.type()));
        SpatialContext.NearestSettlement nearest = context.nearestSettlement(inside.getY(), inside.getX());
        values.put(Factor.SETTLEMENT, nearest == null ? 0.0
                : ImpactScoring.settlement(nearest.distanceMetres(), nearest.settlement().placeClass()));
        values.put(Factor.BENEFICIARIES, ImpactScoring.beneficiaries(details.beneficiaries().total()));
        for (LandUse use : details.blockedLandUse()) {
            values.put(ImpactScoring.landUseFactor(use), 1.0);
        }
        for (LayerKind kind : context.kindsWithin(details.geometry(), scenario.layerBufferMetres())) {
            if (kind != LayerKind.OTHER) {
                values.put(Factor.valueOf("NEAR_" + kind.name()), 1.0);
            }
        }
        return new AreaFacts(area.reference(), values);
    }
}
