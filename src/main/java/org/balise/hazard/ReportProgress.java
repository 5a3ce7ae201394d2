package org.balise.hazard;

import java.time.LocalDate;

/** Where a hazard report stands, without its details: for modules that follow reports they caused. */
public record ReportProgress(String reference, ReportStatus status, String areaReference, String spotTaskReference,
        LocalDate visitDate) {
}
