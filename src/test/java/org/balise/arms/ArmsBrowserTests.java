package org.balise.arms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.balise.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An AMD officer assesses a facility in a real Chromium: the form, the level it reached, the comparison. */
class ArmsBrowserTests extends BrowserIntegrationTest {

    @Test
    void anAmdOfficerAssessesAFacilityAndSeesTheLevelAndWhatFailed() {
        signInAs("amd.officer");
        driver.get(origin() + "/arms/facilities?lang=en");
        // FAC-0001, a demo store assessed before and after refurbishment: other tests add facilities to the list.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facilities a[href$='/arms/facilities/FAC-0001']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-assessment"))).click();

        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment-form")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name("assessedOn")), LocalDate.now().minusDays(1).toString());
        form.findElement(By.name("assessor")).sendKeys("Équipe PSSM 2");
        List<WebElement> questions = form.findElements(By.cssSelector("tr[data-question]"));
        assertThat(questions).hasSizeGreaterThan(20);
        for (WebElement question : questions) {
            String code = question.getAttribute("data-question");
            String answer = code.equals("KEY-1") ? "NO" : "YES";
            WebElement radio = question.findElement(By.cssSelector("input[type=radio][value='" + answer + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
            radio.click();
        }
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // KEY-1 (key box) is critical at level 1: the facility reaches no level at all, whatever else it does well.
        wait.until(ExpectedConditions.textToBe(By.id("level-reached"), "0"));
        assertThat(driver.findElement(By.id("failing")).getText()).contains("KEY-1");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("level 0");
        browser.screenshot("arms-assessment");

        driver.findElement(By.cssSelector("#raise-plan button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-items"), "KEY-1"));
        assertThat(driver.findElement(By.id("plan-items")).getText()).contains("Equipment");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("compare"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
        assertThat(driver.findElement(By.id("comparison")).getText()).contains("Level reached");
    }

    @Test
    void theFacilityMapDrawsTheDistanceArcsOfEachStorehouse() {
        var amd = http().as("amd.officer", passwordOf("amd.officer"));
        long institution = 0;
        for (var item : http().as("admin", ADMIN_PASSWORD).get("/api/v1/institutions").json().path("items")) {
            if ("GN".equals(item.path("acronym").asString())) {
                institution = item.path("id").asLong();
            }
        }
        String facility = amd.postJson("/api/v1/facilities", InventoryIntegrationTests.depotWithStorehouses(institution)).json()
                .path("reference").asString();
        assertThat(amd.postJson("/api/v1/facilities/" + facility + "/ammunition-lots", """
                {"ammoType":"Obus 82 mm","lotNumber":"L-1","hazardDivision":"1.1","compatibilityGroup":"E","neqPerItemKg":0.5,
                 "quantity":2000,"receivedOn":"%s","storehouse":"Magasin 1"}""".formatted(LocalDate.now())).status()).isEqualTo(201);

        signInAs("amd.officer");
        driver.get(origin() + "/arms/facilities/" + facility + "?lang=en");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("compliance-map")), "data-arcs"));

        assertThat(Integer.parseInt(driver.findElement(By.id("compliance-map")).getAttribute("data-arcs"))).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElements(By.cssSelector("#compliance-map path.qd-arc.qd-IBD"))).hasSize(1);
        assertThat(driver.findElement(By.id("storehouses")).getText()).contains("Poste de garde", "PBD");
        waitForTheMapToSettle();
        browser.screenshot("arms-compliance");
    }
}
