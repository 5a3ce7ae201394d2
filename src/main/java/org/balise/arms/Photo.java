package org.balise.arms;

/** A photo of a facility, possibly of one of its assessments or destructions; the image is served separately. */
public record Photo(long id, String facilityReference, String assessmentReference, String destructionReference, String contentType,
        long sizeBytes, String caption) {
}
