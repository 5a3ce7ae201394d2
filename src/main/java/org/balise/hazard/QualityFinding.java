package org.balise.hazard;

import java.util.List;

/** The geometry problems of one stored area, found by the data-quality report. */
public record QualityFinding(String reference, String name, String adm1Name, List<GeometryIssue> issues) {
}
