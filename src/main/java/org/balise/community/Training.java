package org.balise.community;

import java.time.LocalDate;

/** A training or refresher that a focal point attended, with the test scores before and after (0–100). */
public record Training(String focalPointReference, LocalDate date, String topic, String trainer, Integer preScore,
        Integer postScore) {
}
