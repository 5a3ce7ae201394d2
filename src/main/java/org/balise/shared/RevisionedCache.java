package org.balise.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values computed from a set of tables, kept while the tables' revision counter (a row in the database, bumped in
 * the transaction of every write) has not moved: counts and figures over 100,000 rows that every list page shows.
 * The revision is read by the caller before the value is computed, so a value never outlives a write that it
 * missed, whichever instance made it. At most {@code maxEntries} values are kept; past that they are computed each
 * time until the revision moves.
 */
public final class RevisionedCache<K, V> {

    private final int maxEntries;
    private final Map<K, V> values = new HashMap<>();
    private long revision = Long.MIN_VALUE;

    public RevisionedCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key} at {@code revision}: kept, or computed (outside the lock) and kept. */
    public V get(long revision, K key, Supplier<V> compute) {
        synchronized (this) {
            if (revision == this.revision) {
                V kept = values.get(key);
                if (kept != null) {
                    return kept;
                }
            }
        }
        V computed = compute.get();
        synchronized (this) {
            if (revision > this.revision) {
                values.clear();
                this.revision = revision;
            }
            if (revision == this.revision && computed != null && values.size() < maxEntries) {
                values.put(key, computed);
            }
        }
        return computed;
    }
}
