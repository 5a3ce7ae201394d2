package org.balise.education;

import java.util.List;

/**
 * A session as a client sends it: values as text or boxed numbers so that every problem can be named. The
 * attendance may be left out: it is then girls + boys + women + men; when given it must equal that sum.
 */
public record SessionRequest(String date, Position location, String team, String method, String audience, String language,
        List<String> messages, String materials, Beneficiaries beneficiaries, Integer attendance, Boolean repeatSession,
        String groupName) {

    public record Position(Double lat, Double lon) {
    }

    /** Girls and boys are under 18; persons with disabilities are counted among the four, not added to them. */
    public record Beneficiaries(Integer girls, Integer boys, Integer women, Integer men, Integer disabled) {
    }
}
