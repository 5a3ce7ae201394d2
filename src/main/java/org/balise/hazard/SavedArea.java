package org.balise.hazard;

import java.util.List;

/** The outcome of a creation or an update: the area, whether the change became its summary, and warnings. */
public record SavedArea(HazardArea area, boolean summaryChanged, List<GeometryIssue> warnings) {
}
