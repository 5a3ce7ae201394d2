package org.balise.geography.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Keeps the spatial index of the active gazetteer, rebuilt when the revision counter in the database moves:
 * that is how an import on one instance reaches every instance serving the same database.
 */
@Component
public class SpatialIndexHolder {

    private static final Duration REVISION_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final GeographyRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    SpatialIndexHolder(GeographyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    private record Snapshot(long revision, SpatialIndex index, Instant checkedAt) {
    }

    public SpatialIndex current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.checkedAt().plus(REVISION_CHECK_INTERVAL))) {
            return current.index();
        }
        return refresh(now);
    }

    /** Drops the index at once, for changes made on this instance. */
    public void invalidate() {
        snapshot = null;
    }

    private synchronized SpatialIndex refresh(Instant now) {
        long revision = repository.revision();
        Snapshot current = snapshot;
        if (current != null && current.revision() == revision) {
            snapshot = new Snapshot(revision, current.index(), now);
            return current.index();
        }
        String gazetteer = repository.activeGazetteer()
                .orElseThrow(() -> new IllegalStateException("No gazetteer is active"));
        SpatialIndex index = SpatialIndex.build(gazetteer, repository.units(gazetteer), repository.places(gazetteer));
        snapshot = new Snapshot(revision, index, now);
        return index;
    }
}
