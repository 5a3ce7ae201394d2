package org.balise.casualty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.AccidentReport.VictimReport;
import org.balise.casualty.Activity;
import org.balise.casualty.AgeGroup;
import org.balise.casualty.Outcome;
import org.balise.casualty.Sex;
import org.balise.casualty.Victim;
import org.balise.casualty.VictimGroup;
import org.balise.shared.Codes;
import org.balise.shared.FieldChecks;
import org.balise.shared.FieldProblem;
import org.balise.shared.ordnance.DeviceCategory;

/** Checks an accident report and lists every problem. Pure logic. */
public final class AccidentRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");
    private static final Pattern AREA_REFERENCE = Pattern.compile("HA-\\d{6}");
    private static final int MAX_VICTIMS = 500;

    private AccidentRules() {
    }

    /** A checked accident, not yet located. */
    public record Draft(LocalDate date, double lat, double lon, DeviceCategory deviceCategory, boolean deminingAccident,
            String hazardAreaReference, String description, List<Victim> victims) {
    }

    public record Checked(Draft draft, List<FieldProblem> problems) {
    }

    public static Checked check(AccidentReport report, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report == null) {
            problems.add(new FieldProblem("", "required", "The accident is missing"));
            return new Checked(null, problems);
        }
        LocalDate date = FieldChecks.date(report.date(), "date", true, today, problems);
        Double lat = report.location() == null ? null : report.location().lat();
        Double lon = report.location() == null ? null : report.location().lon();
        if (lat == null || lon == null) {
            problems.add(new FieldProblem("location", "required", "location needs lat and lon"));
        } else if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            problems.add(new FieldProblem("location", "invalid-location", "location must be a latitude and a longitude in degrees"));
        }
        DeviceCategory category = Codes.parse(DeviceCategory.class, report.deviceCategory() == null ? "UNKNOWN" : report.deviceCategory(),
                "deviceCategory", problems);
        String area = blankToNull(report.hazardAreaReference());
        if (area != null && !AREA_REFERENCE.matcher(area).matches()) {
            problems.add(new FieldProblem("hazardAreaReference", "invalid-reference", "A hazardous area reference looks like HA-000123"));
        }
        if (report.description() != null && report.description().length() > 2000) {
            problems.add(new FieldProblem("description", "too-long", "description has more than 2000 characters"));
        }
        List<VictimReport> victims = report.victims() == null ? List.of() : report.victims();
        if (victims.isEmpty()) {
            problems.add(new FieldProblem("victims", "required", "An accident needs at least one victim, killed or injured"));
        } else if (victims.size() > MAX_VICTIMS) {
            problems.add(new FieldProblem("victims", "too-many", "At most " + MAX_VICTIMS + " victims"));
        }
        List<Victim> checked = new ArrayList<>();
        for (int i = 0; i < Math.min(victims.size(), MAX_VICTIMS); i++) {
            checked.add(victim(victims.get(i), "victims[" + i + "].", today, date, problems));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(date, lat, lon, category, Boolean.TRUE.equals(report.deminingAccident()), area,
                blankToNull(report.description()), checked), problems);
    }

    private static Victim victim(VictimReport report, String at, LocalDate today, LocalDate accidentDate,
            List<FieldProblem> problems) {
        if (report == null) {
            problems.add(new FieldProblem(at, "required", "A victim is empty"));
            return null;
        }
        Sex sex = Codes.parse(Sex.class, report.sex() == null ? "UNKNOWN" : report.sex(), at + "sex", problems);
        Integer age = report.age();
        if (age != null && (age < 0 || age > 120)) {
            problems.add(new FieldProblem(at + "age", "invalid-age", "age must be from 0 to 120"));
        }
        AgeGroup stated = report.ageGroup() == null ? null : Codes.parse(AgeGroup.class, report.ageGroup(), at + "ageGroup", problems);
        VictimGroup group = Codes.parse(VictimGroup.class, report.group() == null ? "UNKNOWN" : report.group(), at + "group", problems);
        Outcome outcome = report.outcome() == null ? null : Codes.parse(Outcome.class, report.outcome(), at + "outcome", problems);
        if (report.outcome() == null) {
            problems.add(new FieldProblem(at + "outcome", "required", "outcome must be KILLED or INJURED"));
        }
        Activity activity = Codes.parse(Activity.class, report.activity() == null ? "UNKNOWN" : report.activity(), at + "activity", problems);
        String name = blankToNull(report.name());
        if (name != null && name.length() > 200) {
            problems.add(new FieldProblem(at + "name", "too-long", "name has more than 200 characters"));
        }
        String phone = blankToNull(report.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem(at + "phone", "invalid-phone", "phone must be digits, spaces and an optional leading +"));
        }
        if (report.referralNote() != null && report.referralNote().length() > 500) {
            problems.add(new FieldProblem(at + "referralNote", "too-long", "referralNote has more than 500 characters"));
        }
        LocalDate birth = FieldChecks.date(report.dateOfBirth(), at + "dateOfBirth", false, today, problems);
        if (birth != null && accidentDate != null && birth.isAfter(accidentDate)) {
            problems.add(new FieldProblem(at + "dateOfBirth", "born-after-accident", "dateOfBirth is after the accident"));
        }
        return new Victim(null, sex, age, AgeGroup.of(age, stated), group, outcome, activity,
                Boolean.TRUE.equals(report.referredToAssistance()), blankToNull(report.referralNote()), name, phone, birth);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
