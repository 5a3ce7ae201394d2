package org.balise.arms.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.balise.arms.Course;
import org.balise.arms.CourseManagement;
import org.balise.arms.NewCourse;
import org.balise.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Arms management")
@RestController
@PreAuthorize("hasRole('AMD_OFFICER')")
class CourseApiController {

    private final CourseManagement courses;

    CourseApiController(CourseManagement courses) {
        this.courses = courses;
    }

    @GetMapping("/api/v1/arms/courses")
    ListPage<Course> courses() {
        List<Course> all = courses.courses();
        return new ListPage<>(all, all.size());
    }

    @PostMapping("/api/v1/arms/courses")
    ResponseEntity<Course> record(@RequestBody NewCourse request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(courses.record(request));
    }
}
