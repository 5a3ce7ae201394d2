package org.balise.hazard.internal;

import java.time.LocalDate;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import java.util.List;

/** The lifecycle rules of a hazardous area (IMAS 07.11, 08.10). Pure logic. */
public final class AreaRules {

    /** Below this remaining area (m²) an area counts as fully released: survey polygons are not exact to the m². */
    public static final double CLOSED_BELOW_SQUARE_METRES = 1.0;

    private AreaRules() {
    }

    /** An SHA becomes a CHA as soon as there is direct evidence; a CHA stays confirmed. */
    public static AreaType type(AreaType stated, List<Evidence> evidence) {
        boolean direct = evidence.stream().anyMatch(item -> item.kind() == EvidenceKind.DIRECT);
        return direct ? AreaType.CHA : stated;
    }

    /** An update becomes the summary unless its information is older than the summary's (national database rule). */
    public static boolean changesSummary(LocalDate summaryDate, LocalDate updateDate) {
        return !updateDate.isBefore(summaryDate);
    }

    public static AreaStatus status(double areaSquareMetres, double releasedSquareMetres, boolean polygon) {
        if (releasedSquareMetres <= 0) {
            return AreaStatus.OPEN;
        }
        return polygon && areaSquareMetres - releasedSquareMetres < CLOSED_BELOW_SQUARE_METRES ? AreaStatus.CLOSED : AreaStatus.WORKED_ON;
    }
}
