package org.balise.arms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.CourseRepository;
import org.balise.shared.FieldChecks;
import org.balise.arms.internal.InventoryRules;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.shared.Codes;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training courses for storekeepers and managers, for AMD officers and admins only. */
@Service
@Transactional
public class CourseManagement {

    private static final int MAX_ATTENDEES = 500;

    private final CourseRepository courses;
    private final ArmsRepository facilities;
    private final AuditLog audit;
    private final Clock clock;

    CourseManagement(CourseRepository courses, ArmsRepository facilities, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    public Course record(NewCourse request) {
        ArmsAccess.requireWriter();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        String title = FieldChecks.text(request.title(), "title", 200, true, problems);
        CourseAudience audience = Codes.parse(CourseAudience.class, request.audience(), "audience", problems);
        LocalDate starts = FieldChecks.date(request.startsOn(), "startsOn", true, today, problems);
        LocalDate ends = FieldChecks.date(request.endsOn(), "endsOn", true, today, problems);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new FieldProblem("endsOn", "before-start", "endsOn is before startsOn"));
        }
        String place = FieldChecks.text(request.place(), "place", 200, true, problems);
        String trainer = FieldChecks.text(request.trainer(), "trainer", 200, false, problems);
        List<NewCourse.NewAttendee> given = request.attendees() == null ? List.of() : request.attendees();
        if (given.isEmpty() || given.size() > MAX_ATTENDEES) {
            problems.add(new FieldProblem("attendees", "invalid-count", "A course has 1 to " + MAX_ATTENDEES + " attendees"));
        }
        List<CourseRepository.AttendeeRow> rows = new ArrayList<>();
        Set<String> certificates = new HashSet<>();
        for (int i = 0; i < Math.min(given.size(), MAX_ATTENDEES); i++) {
            NewCourse.NewAttendee attendee = given.get(i);
            String at = "attendees[" + i + "].";
            if (attendee == null) {
                problems.add(new FieldProblem("attendees[" + i + "]", "required", "An attendee is empty"));
                continue;
            }
            String name = FieldChecks.text(attendee.name(), at + "name", 200, true, problems);
            Long facilityId = null;
            if (attendee.facility() != null && !attendee.facility().isBlank()) {
                facilityId = facilities.idOf(attendee.facility().strip()).orElse(null);
                if (facilityId == null) {
                    problems.add(new FieldProblem(at + "facility", "unknown-facility", "No facility " + attendee.facility().strip()));
                }
            }
            for (Integer score : new Integer[] {attendee.preScore(), attendee.postScore()}) {
                if (score != null && (score < 0 || score > 100)) {
                    problems.add(new FieldProblem(at + "score", "invalid-score", "Scores are from 0 to 100"));
                }
            }
            String certificate = FieldChecks.text(attendee.certificate(), at + "certificate", 60, false, problems);
            if (certificate != null && (!certificates.add(certificate) || courses.certificateUsed(certificate))) {
                problems.add(new FieldProblem(at + "certificate", "duplicate-certificate", "Certificate " + certificate + " is already given"));
            }
            rows.add(new CourseRepository.AttendeeRow(name, facilityId, FieldChecks.text(attendee.role(), at + "role", 100, false, problems),
                    attendee.preScore(), attendee.postScore(), certificate));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String reference = courses.nextReference();
        courses.insert(reference, title, audience, starts, ends, place, trainer, rows, clock.instant());
        audit.record(AuditEntry.of("COURSE_RECORDED", "course", reference).summary(rows.size() + " attendee(s)"));
        return courses.course(reference).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        // Attendees come from every institution's facilities: courses are for AMD officers and admins only.
        ArmsAccess.requireWriter();
        List<Course> all = courses.courses();
        audit.recordStandalone(AuditEntry.of("COURSES_READ", "course", "list").summary(all.size() + " course(s)"));
        return all;
    }
}
