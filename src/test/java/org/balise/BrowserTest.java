package org.balise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a {@code *BrowserTests} class: it drives the application in Debian's headless Chromium (see {@link Browser})
 * and runs only when /usr/bin/chromium and /usr/bin/chromedriver are installed; it is skipped with a message
 * otherwise (see {@link ChromiumCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ChromiumCondition.class)
public @interface BrowserTest {
}
