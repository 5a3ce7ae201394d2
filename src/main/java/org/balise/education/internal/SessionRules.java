package org.balise.education.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.balise.education.AudienceType;
import org.balise.education.DeliveryMethod;
import org.balise.education.EoreSession.Beneficiaries;
import org.balise.education.SessionRequest;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;

/**
 * Checks a risk education session and lists every problem. The attendance is the sum of girls, boys, women and
 * men; persons with disabilities are a subset of it. Pure logic.
 */
public final class SessionRules {

    static final int MAX_COUNT = 100_000;
    private static final int MAX_TEXT = 1000;

    private SessionRules() {
    }

    public record Draft(LocalDate date, double lat, double lon, String team, DeliveryMethod method, AudienceType audience,
            String language, List<String> messages, String materials, Beneficiaries beneficiaries, int attendance,
            boolean repeatSession, String groupName) {
    }

    public record Checked(Draft draft, List<FieldProblem> problems) {
    }

    public static Checked check(SessionRequest request, LocalDate today, Set<String> knownMessages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            problems.add(new FieldProblem("", "required", "The session is missing"));
            return new Checked(null, problems);
        }
        LocalDate date = null;
        if (request.date() == null || request.date().isBlank()) {
            problems.add(new FieldProblem("date", "required", "date is required (YYYY-MM-DD)"));
        } else {
            try {
                date = LocalDate.parse(request.date().strip());
                if (date.isAfter(today)) {
                    problems.add(new FieldProblem("date", "in-future", "A session cannot be in the future"));
                } else if (date.isBefore(LocalDate.of(1990, 1, 1))) {
                    problems.add(new FieldProblem("date", "too-old", "The date is before 1990"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", "invalid-date", "date must be YYYY-MM-DD"));
            }
        }
        Double lat = request.location() == null ? null : request.location().lat();
        Double lon = request.location() == null ? null : request.location().lon();
        if (lat == null || lon == null) {
            problems.add(new FieldProblem("location", "required", "location needs lat and lon"));
        } else if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            problems.add(new FieldProblem("location", "invalid-location", "location must be a latitude and a longitude in degrees"));
        }
        DeliveryMethod method = Codes.parse(DeliveryMethod.class, request.method(), "method", problems);
        AudienceType audience = Codes.parse(AudienceType.class, request.audience(), "audience", problems);
        Set<String> messages = new LinkedHashSet<>();
        if (request.messages() == null || request.messages().isEmpty()) {
            problems.add(new FieldProblem("messages", "required", "Name at least one message delivered"));
        } else {
            for (String message : request.messages()) {
                String code = message == null ? "" : message.strip().toUpperCase(java.util.Locale.ROOT);
                if (!knownMessages.contains(code)) {
                    problems.add(new FieldProblem("messages", "unknown-code", "'" + message + "' is not one of " + knownMessages));
                } else {
                    messages.add(code);
                }
            }
        }
        SessionRequest.Beneficiaries counts = request.beneficiaries();
        if (counts == null) {
            problems.add(new FieldProblem("beneficiaries", "required", "beneficiaries needs girls, boys, women and men"));
        }
        int girls = count(counts == null ? null : counts.girls(), "beneficiaries.girls", true, problems);
        int boys = count(counts == null ? null : counts.boys(), "beneficiaries.boys", true, problems);
        int women = count(counts == null ? null : counts.women(), "beneficiaries.women", true, problems);
        int men = count(counts == null ? null : counts.men(), "beneficiaries.men", true, problems);
        int disabled = count(counts == null ? null : counts.disabled(), "beneficiaries.disabled", false, problems);
        int sum = girls + boys + women + men;
        if (counts != null && sum == 0) {
            problems.add(new FieldProblem("beneficiaries", "empty", "A session reaches at least one person"));
        }
        if (request.attendance() != null && request.attendance() != sum) {
            problems.add(new FieldProblem("attendance", "sum-mismatch",
                    "attendance " + request.attendance() + " is not girls + boys + women + men = " + sum));
        }
        if (disabled > sum) {
            problems.add(new FieldProblem("beneficiaries.disabled", "more-than-attendance",
                    "persons with disabilities (" + disabled + ") are among the attendance (" + sum + "), so cannot exceed it"));
        }
        text(request.team(), "team", 200, problems);
        text(request.language(), "language", 60, problems);
        text(request.materials(), "materials", MAX_TEXT, problems);
        text(request.groupName(), "groupName", 200, problems);
        boolean repeat = Boolean.TRUE.equals(request.repeatSession());
        if (repeat && blank(request.groupName())) {
            problems.add(new FieldProblem("groupName", "required", "A repeat session names the group it repeats"));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(date, lat, lon, trim(request.team()), method, audience, trim(request.language()),
                List.copyOf(messages), trim(request.materials()), new Beneficiaries(girls, boys, women, men, disabled), sum,
                repeat, trim(request.groupName())), problems);
    }

    private static int count(Integer value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " is required (0 when nobody)"));
            }
            return 0;
        }
        if (value < 0) {
            problems.add(new FieldProblem(field, "negative", field + " cannot be negative"));
            return 0;
        }
        if (value > MAX_COUNT) {
            problems.add(new FieldProblem(field, "too-large", field + " is more than " + MAX_COUNT));
            return 0;
        }
        return value;
    }

    private static void text(String value, String field, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}
