package org.balise.arms.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.arms.Course;
import org.balise.arms.CourseAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of training courses and their attendees. */
@Repository
public class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextReference() {
        return String.format("CRS-%04d", jdbc.sql("SELECT nextval('arm_course_reference_seq')").query(Long.class).single());
    }

    public record AttendeeRow(String name, Long facilityId, String role, Integer preScore, Integer postScore, String certificate) {
    }

    public void insert(String reference, String title, CourseAudience audience, LocalDate starts, LocalDate ends, String place,
            String trainer, List<AttendeeRow> attendees, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO arm_course (reference, title, audience, starts_on, ends_on, place, trainer, created_at)
                VALUES (:reference, :title, :audience, :starts, :ends, :place, :trainer, :at)""")
                .param("reference", reference).param("title", title).param("audience", audience.name()).param("starts", starts)
                .param("ends", ends).param("place", place).param("trainer", trainer).param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (AttendeeRow attendee : attendees) {
            jdbc.sql("""
                    INSERT INTO arm_course_attendee (course_id, name, facility_id, role, pre_score, post_score, certificate)
                    VALUES (:course, :name, :facility, :role, :pre, :post, :certificate)""")
                    .param("course", id).param("name", attendee.name()).param("facility", attendee.facilityId())
                    .param("role", attendee.role()).param("pre", attendee.preScore()).param("post", attendee.postScore())
                    .param("certificate", attendee.certificate()).update();
        }
    }

    public boolean certificateUsed(String certificate) {
        return jdbc.sql("SELECT COUNT(*) FROM arm_course_attendee WHERE certificate = :certificate").param("certificate", certificate)
                .query(Long.class).single() > 0;
    }

    public List<Course> courses() {
        Map<Long, List<Course.Attendee>> attendees = new HashMap<>();
        jdbc.sql("""
                SELECT a.course_id, a.name, f.reference, a.role, a.pre_score, a.post_score, a.certificate
                FROM arm_course_attendee a LEFT JOIN arm_facility f ON f.id = a.facility_id ORDER BY a.id""")
                .query((rs, row) -> Map.entry(rs.getLong(1), new Course.Attendee(rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class), rs.getString(7)))).list()
                .forEach(entry -> attendees.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return jdbc.sql("SELECT * FROM arm_course ORDER BY starts_on DESC, id DESC")
                .query((rs, row) -> Map.entry(rs.getLong("id"), new Course(rs.getString("reference"), rs.getString("title"),
                        CourseAudience.valueOf(rs.getString("audience")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getString("trainer"), List.of())))
                .list().stream().map(entry -> withAttendees(entry.getValue(), attendees.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    public Optional<Course> course(String reference) {
        return courses().stream().filter(course -> course.reference().equals(reference)).findFirst();
    }

    private static Course withAttendees(Course course, List<Course.Attendee> attendees) {
        return new Course(course.reference(), course.title(), course.audience(), course.startsOn(), course.endsOn(), course.place(),
                course.trainer(), List.copyOf(attendees));
    }
}
