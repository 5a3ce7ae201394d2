package org.balise.shared;

/**
 * Work that must be done before the server accepts requests (reference data, the first admin, demo data).
 * Tasks run in ascending {@link #order()}; each must be idempotent, since it runs at every start.
 */
public interface StartupTask {

    int order();

    void run();
}
