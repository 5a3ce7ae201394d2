package org.balise.prioritisation.internal;

import org.balise.prioritisation.PrioritisationManagement;
import org.balise.shared.StartupTask;
import org.springframework.stereotype.Component;

/** Every installation starts with the documented default scenario. */
@Component
class DefaultScenario implements StartupTask {

    private final PrioritisationManagement prioritisation;

    DefaultScenario(PrioritisationManagement prioritisation) {
        this.prioritisation = prioritisation;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void run() {
        prioritisation.ensureDefaultScenario();
    }
}
