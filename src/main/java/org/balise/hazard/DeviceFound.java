package org.balise.hazard;

import java.time.LocalDate;
import org.balise.shared.ordnance.DeviceCategory;

/** An explosive item found: category, type or model, how many, condition, depth and where. */
public record DeviceFound(DeviceCategory category, String model, int quantity, DeviceCondition condition, Integer depthCm,
        Double lat, Double lon, LocalDate foundOn) {
}
