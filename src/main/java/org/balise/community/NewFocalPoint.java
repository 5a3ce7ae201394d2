package org.balise.community;

/** A focal point as a client sends it: values as text so that every problem can be named. */
public record NewFocalPoint(String name, String phone, String sex, String ageBand, String profile, String placePcode,
        String languages, String joinedOn, String status) {
}
