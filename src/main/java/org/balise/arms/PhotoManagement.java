package org.balise.arms;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.balise.arms.internal.ArmsAccess;
import org.balise.arms.internal.ArmsRepository;
import org.balise.arms.internal.PhotoRepository;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.identity.CurrentUser;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.files.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of facilities, of their assessments and of destructions: JPEG, PNG or WebP only, recognised by their
 * first bytes (not by what the client claims), stored once by content; read under the facility's access rules.
 */
@Service
@Transactional
public class PhotoManagement {

    static final long MAX_BYTES = 15L * 1024 * 1024;

    private final PhotoRepository photos;
    private final ArmsRepository facilities;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    PhotoManagement(PhotoRepository photos, ArmsRepository facilities, FileStore files, AuditLog audit, Clock clock) {
        this.photos = photos;
        this.facilities = facilities;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The image and its type, once the reader's access to its facility is checked. */
    public record Image(String contentType, Path path) {
    }

    public Photo add(String facilityReference, InputStream content, String caption, String assessmentReference,
            String destructionReference) {
        ArmsAccess.requireWriter();
        ArmsAccess.visibleFacility(facilities, facilityReference);
        long facilityId = facilities.idOf(facilityReference).orElseThrow();
        if (caption != null && caption.length() > 500) {
            throw ProblemException.invalid("caption", "too-long", "caption has more than 500 characters");
        }
        Long assessmentId = blank(assessmentReference) ? null : facilities.assessment(assessmentReference.strip())
                .filter(row -> row.facilityReference().equals(facilityReference))
                .flatMap(row -> facilities.assessmentId(row.reference()))
                .orElseThrow(() -> ProblemException.invalid("assessment", "unknown-assessment", "The facility has no assessment "
                        + assessmentReference.strip()));
        Long destructionId = blank(destructionReference) ? null : photos.destructionId(destructionReference.strip(), facilityReference)
                .orElseThrow(() -> ProblemException.invalid("destruction", "unknown-destruction", "The facility has no destruction "
                        + destructionReference.strip()));
        try (BufferedInputStream in = new BufferedInputStream(content)) {
            in.mark(16);
            byte[] head = in.readNBytes(12);
            in.reset();
            String type = imageType(head);
            if (type == null) {
                throw ProblemException.invalid("file", "not-an-image", "A photo is a JPEG, PNG or WebP image");
            }
            FileStore.Stored stored = files.store(limited(in));
            long id = photos.insert(facilityId, assessmentId, destructionId, stored.sha256(), type, stored.size(),
                    blank(caption) ? null : caption.strip(), clock.instant(), CurrentUser.name());
            audit.record(AuditEntry.of("PHOTO_ADDED", "facility", facilityReference).summary("photo " + id));
            return photos.find(id).orElseThrow().photo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public List<Photo> photos(String facilityReference) {
        ArmsAccess.visibleFacility(facilities, facilityReference);
        List<Photo> found = photos.ofFacility(facilityReference);
        audit.recordStandalone(AuditEntry.of("PHOTOS_READ", "facility", facilityReference).summary(found.size() + " photos listed"));
        return found;
    }

    @Transactional(readOnly = true)
    public Image image(long id) {
        PhotoRepository.Stored stored = photos.find(id).orElseThrow(() -> ProblemException.notFound("Photo", id));
        ArmsAccess.visibleFacility(facilities, stored.photo().facilityReference());
        Path path = files.find(stored.sha256()).orElseThrow(() -> ProblemException.notFound("Photo file", id));
        audit.recordStandalone(AuditEntry.of("PHOTO_READ", "facility", stored.photo().facilityReference()).summary("photo " + id));
        return new Image(stored.photo().contentType(), path);
    }

    /** Stops reading past the limit, so that an oversize photo is refused before it is stored (the store drops its temp file). */
    private static InputStream limited(InputStream in) {
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(long n) {
                read += n;
                if (read > MAX_BYTES) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A photo is at most 15 MB");
                }
            }
        };
    }

    /** The image type its first bytes show, or null. */
    static String imageType(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
                && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
