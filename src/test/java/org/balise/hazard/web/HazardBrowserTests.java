package org.balise.hazard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

class HazardBrowserTests extends BrowserIntegrationTest {

    @Test
    void theListsMapDrawsTheAreasOfItsViewAsTheUserZoomsIn() {
        signInAs("analyst");
        driver.get(origin() + "/hazards");
        By drawn = By.cssSelector("#areas-map path.leaflet-interactive");
        wait.until(page -> page.findElements(drawn).size() > 10);
        waitForTheMapToSettle();
        int wholeList = driver.findElements(drawn).size();
        // Fitting the first answer into view asks the server for nothing more.
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/map/data/hazard-areas') >= 0; }).length")).isEqualTo(1L);

        for (int i = 0; i < 4; i++) {
            driver.findElement(By.cssSelector("#areas-map .leaflet-control-zoom-in")).click();
            waitForTheMapToSettle();
        }

        wait.until(page -> page.findElements(drawn).size() < wholeList);
        assertThat(driver.findElement(By.id("areas-map-note")).isDisplayed()).as("every matching area is drawn").isFalse();
        browser.screenshot("hazard-list-map-zoomed");
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
}
