package org.balise.community.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.balise.community.AgeBand;
import org.balise.community.FocalPointStatus;
import org.balise.community.NewFocalPoint;
import org.balise.community.Profile;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;

/** Checks a focal point and a training, listing every problem. Pure logic. */
public final class FocalPointRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");
    private static final Set<String> SEXES = Set.of("FEMALE", "MALE");

    private FocalPointRules() {
    }

    public record Draft(String name, String phone, String sex, AgeBand ageBand, Profile profile, String placePcode,
            String languages, LocalDate joinedOn, FocalPointStatus status) {
    }

    public record Checked(Draft draft, List<FieldProblem> problems) {
    }

    public static Checked check(NewFocalPoint request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            return new Checked(null, List.of(new FieldProblem("", "required", "The focal point is missing")));
        }
        String name = trim(request.name());
        if (name == null || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "required", "A name of 1 to 200 printable characters is required"));
        }
        String phone = trim(request.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "invalid-phone", "A phone number has 6 to 30 digits, spaces, dashes or a leading +"));
        }
        String sex = request.sex() == null ? "" : request.sex().strip().toUpperCase(java.util.Locale.ROOT);
        if (!SEXES.contains(sex)) {
            problems.add(new FieldProblem("sex", "unknown-code", "sex is FEMALE or MALE"));
        }
        AgeBand ageBand = Codes.parse(AgeBand.class, request.ageBand(), "ageBand", problems);
        Profile profile = Codes.parse(Profile.class, request.profile(), "profile", problems);
        FocalPointStatus status = request.status() == null ? FocalPointStatus.ACTIVE
                : Codes.parse(FocalPointStatus.class, request.status(), "status", problems);
        if (trim(request.placePcode()) == null) {
            problems.add(new FieldProblem("placePcode", "required", "The community's populated place P-code is required"));
        }
        String languages = trim(request.languages());
        if (languages != null && languages.length() > 200) {
            problems.add(new FieldProblem("languages", "too-long", "languages has more than 200 characters"));
        }
        LocalDate joined = date(request.joinedOn(), "joinedOn", today, problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(name, phone, sex, ageBand, profile, request.placePcode().strip(), languages, joined, status),
                problems);
    }

    public static List<FieldProblem> checkTraining(String date, String topic, String trainer, Integer pre, Integer post,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        date(date, "date", today, problems);
        if (trim(topic) == null || topic.length() > 200) {
            problems.add(new FieldProblem("topic", "required", "A topic of 1 to 200 characters is required"));
        }
        if (trainer != null && trainer.length() > 200) {
            problems.add(new FieldProblem("trainer", "too-long", "trainer has more than 200 characters"));
        }
        for (var score : new Object[][] {{"preScore", pre}, {"postScore", post}}) {
            Integer value = (Integer) score[1];
            if (value != null && (value < 0 || value > 100)) {
                problems.add(new FieldProblem((String) score[0], "out-of-range", score[0] + " is a percentage from 0 to 100"));
            }
        }
        return problems;
    }

    private static LocalDate date(String text, String field, LocalDate today, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                problems.add(new FieldProblem(field, "in-future", field + " cannot be in the future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", field + " must be YYYY-MM-DD"));
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
