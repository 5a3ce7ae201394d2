package org.balise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the {@code *BrowserTests}: the whole application, and a fresh headless Chromium for each test. */
@BrowserTest
public abstract class BrowserIntegrationTest extends IntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    protected Browser browser;
    protected ChromeDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
        wait = browser.waitUpTo(PATIENCE);
    }

    /** Every page a test opened kept to the policy: nothing inline was refused (a style, a script). */
    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(browser.policyViolations()).isEmpty();
            } finally {
                browser.close();
            }
        }
    }

    protected String origin() {
        return "http://localhost:" + port;
    }

    /** Opens the home page, follows the redirect to the sign-in form and signs in; the map page follows. */
    protected void signInAs(String username) {
        driver.get(origin() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(passwordOf(username));
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map")));
    }

    /** Waits until no Leaflet zoom or pan animation runs anywhere on the page. */
    protected void waitForTheMapToSettle() {
        wait.until((WebDriver page) -> page.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty()
                && page.findElements(By.cssSelector(".leaflet-pan-anim")).isEmpty());
    }
}
