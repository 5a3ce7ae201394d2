package org.balise.arms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.balise.arms.Photo;
import org.balise.arms.PhotoManagement;
import org.balise.shared.ProblemException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Photos of facilities, assessments and destructions: added by AMD officers, served under the facility's access rules. */
@Tag(name = "Arms management")
@RestController
@PreAuthorize("hasAnyRole('AMD_OFFICER', 'AUTHORITY')")
class PhotoController {

    private final PhotoManagement photos;

    PhotoController(PhotoManagement photos) {
        this.photos = photos;
    }

    @Operation(summary = "Add a photo (multipart: file, caption, optional assessment or destruction reference)")
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/api/v1/facilities/{reference}/photos")
    ResponseEntity<Photo> add(@PathVariable String reference, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption, @RequestParam(required = false) String assessment,
            @RequestParam(required = false) String destruction) {
        return ResponseEntity.status(HttpStatus.CREATED).body(store(reference, file, caption, assessment, destruction));
    }

    @GetMapping("/api/v1/facilities/{reference}/photos")
    List<Photo> list(@PathVariable String reference) {
        return photos.photos(reference);
    }

    @GetMapping({"/api/v1/arms/photos/{id}", "/arms/photos/{id}"})
    ResponseEntity<FileSystemResource> image(@PathVariable long id) {
        PhotoManagement.Image image = photos.image(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(image.path()));
    }

    /** The page's upload form: back to the facility with what happened. */
    @PreAuthorize("hasRole('AMD_OFFICER')")
    @PostMapping("/arms/facilities/{reference}/photos")
    org.springframework.web.servlet.view.RedirectView upload(@PathVariable String reference,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String caption,
            RedirectAttributes redirect) {
        try {
            store(reference, file, caption, null, null);
            redirect.addFlashAttribute("flash", "flash.arms.photo");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return new org.springframework.web.servlet.view.RedirectView("/arms/facilities/" + reference, true);
    }

    private Photo store(String reference, MultipartFile file, String caption, String assessment, String destruction) {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "required", "Send the photo as the multipart part 'file'");
        }
        try (InputStream in = file.getInputStream()) {
            return photos.add(reference, in, caption, assessment, destruction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
