package org.balise.shared;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * One value built from a set of tables, such as an in-memory index of them, kept while the tables' revision counter
 * (see {@link RevisionedCache}) has not moved, then brought up to date from the value kept. Unlike the cache's small
 * values, it is costly to build, so one thread builds it per revision while the others wait for it instead of
 * building it too.
 */
public final class RevisionedValue<V> {

    // A lock rather than synchronized: the build reads the database, and a virtual thread must not pin its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private V value;
    private long revision = Long.MIN_VALUE;

    /**
     * The value at {@code revision} (read by the caller before calling), or a newer one: built from what is committed
     * after that revision was read, a newer value holds every write the caller could see. {@code update} is given the
     * value kept (null the first time) and answers the value at {@code revision}.
     */
    public V get(long revision, UnaryOperator<V> update) {
        lock.lock();
        try {
            if (value == null || revision > this.revision) {
                value = update.apply(value);
                this.revision = revision;
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
