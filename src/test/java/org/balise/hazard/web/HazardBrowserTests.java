package org.balise.hazard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.balise.Browser;
import org.balise.BrowserTest;
import org.balise.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@BrowserTest
class HazardBrowserTests extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Browser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
        wait = browser.waitUpTo(PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void drawsAnAreaSavesItAndSeesItRanked() {
        signInAs("im.officer");
        driver.get(origin() + "/hazards/new");
        WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-map")));
        for (int i = 0; i < 5; i++) {
            driver.findElement(By.cssSelector("#editor-map .leaflet-control-zoom-in")).click();
            waitForTheMapToSettle();
        }
        int[][] corners = {{-20, -20}, {20, -20}, {20, 20}, {-20, 20}, {-20, -20}};
        for (int[] corner : corners) {
            new Actions(driver).moveToElement(map, corner[0], corner[1]).click().perform();
        }
        wait.until(page -> !page.findElement(By.id("geometry")).getAttribute("value").isEmpty());
        driver.findElement(By.id("name")).sendKeys("Zone tracée dans le navigateur");
        driver.findElement(By.cssSelector("input[name='deviceCategories'][value='IMPROVISED_MINE']")).click();
        driver.findElement(By.cssSelector("input[name='blockedLandUse'][value='WATER']")).click();
        browser.screenshot("hazard-drawn");
        driver.findElement(By.cssSelector("#area-form button[type='submit']")).click();

        wait.until(ExpectedConditions.urlMatches(".*/hazards/HA-\\d{6}$"));
        String reference = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(reference, "Zone tracée dans le navigateur");
        wait.until(page -> !page.findElements(By.cssSelector("#area-map path.leaflet-interactive")).isEmpty());
        browser.screenshot("hazard-saved");

        int rank = new org.balise.TestHttp(port).as("im.officer", passwordOf("im.officer"))
                .get("/api/v1/hazard-areas/priorities?limit=10000").json().path("items").valueStream()
                .filter(item -> item.path("reference").asString().equals(reference)).findFirst().orElseThrow()
                .path("rank").asInt();
        driver.get(origin() + "/priorities?offset=" + (rank - 1) / 100 * 100);
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='ranking']//tr[td/a[text()='" + reference + "']]")));
        assertThat(row.getText()).contains("Water blocked", "Device severity");
        browser.screenshot("priorities");
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private void signInAs(String username) {
        driver.get(origin() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(passwordOf(username));
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map")));
    }

    private void waitForTheMapToSettle() {
        wait.until((WebDriver page) -> page.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty()
                && (Boolean) ((JavascriptExecutor) page).executeScript("return document.readyState === 'complete'"));
    }
}
