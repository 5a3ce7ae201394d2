package org.balise;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a {@link BrowserTest} class only when Debian's chromium and chromium-driver are installed. */
public final class ChromiumCondition implements ExecutionCondition {

    static final String DISABLED_REASON = "Browser tests need Debian's chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver); see .ci/run";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return executable(Browser.CHROMIUM) && executable(Browser.CHROMEDRIVER)
                ? ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed")
                : ConditionEvaluationResult.disabled(DISABLED_REASON);
    }

    private static boolean executable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
