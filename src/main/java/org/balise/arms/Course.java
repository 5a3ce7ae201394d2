package org.balise.arms;

import java.time.LocalDate;
import java.util.List;

/** A training course for storekeepers or managers, with each attendee's scores (0–100) and certificate. */
public record Course(String reference, String title, CourseAudience audience, LocalDate startsOn, LocalDate endsOn, String place,
        String trainer, List<Attendee> attendees) {

    public record Attendee(String name, String facilityReference, String role, Integer preScore, Integer postScore,
            String certificate) {
    }
}
