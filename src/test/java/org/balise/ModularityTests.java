package org.balise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BaliseApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApisWithoutCycles() {
        modules.verify();
    }
}
