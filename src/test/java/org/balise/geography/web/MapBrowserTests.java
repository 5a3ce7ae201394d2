package org.balise.geography.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home map as a user sees it: Leaflet in a real (headless) Chromium, against the whole application. */
class MapBrowserTests extends BrowserIntegrationTest {

    private static final By REGION_OUTLINES = By.cssSelector("#map path.adm1");
    private static final By REGION_LABELS = By.cssSelector("#map .leaflet-tooltip.unit-label");

    @Test
    void signsInSeesTheNineRegionsAndFindsAPlace() {
        signInAs("analyst");
        waitForTheRegions();

        List<String> labels = driver.findElements(REGION_LABELS).stream().map(WebElement::getText).toList();
        assertThat(driver.findElements(REGION_OUTLINES)).hasSize(9);
        assertThat(labels).hasSize(9).doesNotHaveDuplicates().contains("Bamako", "Kidal", "Tombouctou");

        driver.findElement(By.id("place-q")).sendKeys("tombouctou");
        By tombouctou = By.xpath("//ol[@id='place-results']/li[strong[contains(., 'Tombouctou')]]");
        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(tombouctou));
        assertThat(result.getText()).contains("Tombouctou");
        result.click();

        WebElement info = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("point-info")));
        By region = By.cssSelector("#point-info [data-field='adm1']");
        wait.until(ExpectedConditions.textToBe(region, "Tombouctou (ML06)"));
        assertThat(info.findElement(By.cssSelector("[data-field='adm1']")).getText()).isEqualTo("Tombouctou (ML06)");
        assertThat(driver.findElement(By.id("point-outside")).isDisplayed()).isFalse();

        waitForTheMapToSettle();
        browser.screenshot("map-tombouctou");
    }

    @Test
    void clickingTheMapShowsTheAdminUnitsOfThePoint() {
        signInAs("analyst");
        waitForTheRegions();
        waitForTheMapToSettle();

        // Once the map is fitted to Mali, the centre of its container lies inside the country.
        new Actions(driver).moveToElement(driver.findElement(By.id("map"))).click().perform();

        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("point-info")),
                ExpectedConditions.visibilityOfElementLocated(By.id("point-outside"))));
        WebElement info = driver.findElement(By.id("point-info"));
        if (info.isDisplayed()) {
            assertThat(info.findElement(By.cssSelector("[data-field='adm1']")).getText())
                    .matches("\\S.* \\(ML0\\d\\)");
            assertThat(info.findElement(By.cssSelector("[data-field='coordinates']")).getText())
                    .matches("-?\\d+\\.\\d{5}, -?\\d+\\.\\d{5}");
        }
        browser.screenshot("map-click");
    }

    @Test
    void pageSwitchesToFrench() {
        signInAs("analyst");
        By searchLabel = By.cssSelector("label[for='place-q']");
        assertThat(driver.findElement(searchLabel).getText()).isEqualTo("Find a place");

        driver.findElement(By.cssSelector(".site-header .lang a[hreflang='fr']")).click();
        wait.until(ExpectedConditions.textToBe(searchLabel, "Trouver une localité"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        waitForTheRegions();
        waitForTheMapToSettle();
        browser.screenshot("map-french");

        driver.findElement(By.cssSelector(".site-header .lang a[hreflang='en']")).click();
        wait.until(ExpectedConditions.textToBe(searchLabel, "Find a place"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void noRequestLeavesTheMachine() {
        signInAs("analyst");
        waitForTheRegions();
        driver.findElement(By.id("place-q")).sendKeys("gao");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place-results li")));

        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(resources)
                .anyMatch(url -> url.contains("/leaflet.js"))
                .anyMatch(url -> url.contains("/map/data/admin-units"))
                .anyMatch(url -> url.contains("/map/data/places"))
                .allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
        assertThat(driver.getCurrentUrl()).startsWith(origin() + "/");
    }

    private void waitForTheRegions() {
        wait.until(page -> page.findElements(REGION_OUTLINES).size() == 9 && page.findElements(REGION_LABELS).size() == 9);
    }
}
