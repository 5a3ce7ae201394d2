package org.balise.shared;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} once the beans exist and before the web server starts, so that
 * /actuator/health can only answer UP once reference and demo data are loaded; one instance at a time when
 * several share a database ({@link StartupLock}).
 */
@Component
class StartupTasks implements SmartInitializingSingleton, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final ObjectProvider<StartupTask> tasks;
    private final StartupLock lock;
    private volatile boolean done;

    StartupTasks(ObjectProvider<StartupTask> tasks, StartupLock lock) {
        this.tasks = tasks;
        this.lock = lock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<StartupTask> ordered = tasks.orderedStream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
        lock.holding(() -> {
            for (StartupTask task : ordered) {
                long start = System.nanoTime();
                task.run();
                log.info("{} done in {} ms", task.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
            }
        });
        done = true;
    }

    @Override
    public Health health() {
        return done ? Health.up().build() : Health.outOfService().withDetail("reason", "loading reference data").build();
    }
}
