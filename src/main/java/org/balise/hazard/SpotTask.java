package org.balise.hazard;

import java.time.LocalDate;
import java.util.List;

/** An EOD spot task: the team's visit to a reported spot, what it found and how it was destroyed. */
public record SpotTask(String reference, String team, LocalDate visitDate, boolean nothingFound,
        DestructionMethod destructionMethod, String notes, List<DeviceFound> devices) {
}
