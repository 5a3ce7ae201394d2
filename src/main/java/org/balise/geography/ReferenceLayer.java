package org.balise.geography;

import java.time.Instant;

/** An imported reference layer. */
public record ReferenceLayer(long id, String name, LayerKind kind, String source, int featureCount, Instant loadedAt,
        String loadedBy) {
}
