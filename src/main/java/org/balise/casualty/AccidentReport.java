package org.balise.casualty;

import java.util.List;

/**
 * An accident as a client sends it: values as text, so that every problem can be named rather than failing on
 * the first wrong type.
 */
public record AccidentReport(String date, Position location, String deviceCategory, Boolean deminingAccident,
        String hazardAreaReference, String description, List<VictimReport> victims) {

    public record Position(Double lat, Double lon) {
    }

    public record VictimReport(String sex, Integer age, String ageGroup, String group, String outcome, String activity,
            Boolean referredToAssistance, String referralNote, String name, String phone, String dateOfBirth) {
    }
}
