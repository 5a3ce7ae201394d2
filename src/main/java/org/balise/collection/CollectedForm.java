package org.balise.collection;

import java.time.Instant;
import java.util.List;

/** A form phones can download, with every version ever published (the current one first). */
public record CollectedForm(String formId, String title, String currentVersion, boolean closed, List<Version> versions,
        long submissions) {

    public record Version(String version, String title, String md5, Instant publishedAt, String publishedBy) {
    }
}
