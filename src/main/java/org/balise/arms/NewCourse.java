package org.balise.arms;

import java.util.List;

/** A course as a client sends it: values as text so that every problem can be named. */
public record NewCourse(String title, String audience, String startsOn, String endsOn, String place, String trainer,
        List<NewAttendee> attendees) {

    public record NewAttendee(String name, String facility, String role, Integer preScore, Integer postScore, String certificate) {
    }
}
