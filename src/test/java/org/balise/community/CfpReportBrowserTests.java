package org.balise.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.balise.BrowserIntegrationTest;
import org.balise.collection.Phone;
import org.balise.collection.PhoneForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * A focal point's report of a dangerous item, from the phone to the hazard report: an IM officer approves it in
 * the review queue, opens the community report it became, follows it to the hazard report, then records that a
 * team verified it, in a real Chromium.
 */
class CfpReportBrowserTests extends BrowserIntegrationTest {

    @TempDir
    Path media;

    @Test
    void aFocalPointsReportBecomesAHazardReportAndShowsItsFollowUp() throws Exception {
        var admin = http().as("admin", ADMIN_PASSWORD);
        var im = http().as("im.officer", passwordOf("im.officer"));
        String place = im.get("/api/v1/geo/places?q=Sevare&limit=1").json().path("items").get(0).path("pcode").asString();
        String focalPoint = im.postJson("/api/v1/focal-points", """
                {"name":"Fanta Maïga","phone":"+223 76 01 02 03","sex":"FEMALE","ageBand":"ADULT","profile":"TEACHER",
                 "placePcode":"%s","languages":"Songhaï","joinedOn":"2026-03-01"}""".formatted(place)).json().path("reference").asString();
        JsonNode user = admin.postJson("/api/v1/app-users", "{\"displayName\":\"Point focal Sévaré\"}").json();
        Phone phone = Phone.digest(port, user.path("username").asString(), user.path("password").asString());
        PhoneForm form = PhoneForm.open(phone.downloadForm("community-report", media), media)
                .answer("report_date", LocalDate.now().minusDays(1)).answer("focal_point", focalPoint)
                .answer("reporter_name", "Fanta Maïga").answer("region", "ML05").answer("place", placeIn("ML05"))
                .answer("location", "14.5306 -4.0967 270 4.5").answer("device_category", "UXO")
                .answer("item_description", "Obus de mortier près de l’école").answer("marked", "yes");
        assertThat(phone.submit(form.finish(), Map.of()).status()).isEqualTo(201);
        long id = admin.get("/api/v1/submissions?instanceId=" + form.instanceId()).json().path("items").get(0).path("id").asLong();

        signInAs("im.officer");
        driver.get(origin() + "/collection/submissions/" + id + "?lang=en");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-new"))).click();

        WebElement cfpLink = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#records a[href*='/community/reports/']")));
        assertThat(driver.findElement(By.id("records")).getText()).contains("HR-", "reported by " + focalPoint);
        cfpLink.click();

        wait.until(ExpectedConditions.textToBe(By.id("follow-up"), "Received"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(focalPoint, "Fanta Maïga", "Obus de mortier");
        browser.screenshot("cfp-report-received");
        String reportPage = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("#became a[href*='/hazard-reports/']")).click();
        wait.until(ExpectedConditions.urlContains("/hazard-reports/HR-"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Community report", "Obus de mortier", form.instanceId());

        driver.get(reportPage);
        WebElement verification = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
        verification.findElement(By.name("team")).sendKeys("Équipe NTS 2");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                verification.findElement(By.name("date")), LocalDate.now().toString());
        verification.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBe(By.id("follow-up"), "Verified by a team"));
        assertThat(driver.findElements(By.id("verification"))).isEmpty();
        browser.screenshot("cfp-report-verified");
    }

    @Test
    void theNetworkDashboardDrawsItsMapAndChartsFromTheServersFigures() {
        signInAs("analyst");
        driver.get(origin() + "/community?lang=en");

        wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("network-map")), "data-loaded"));
        int markers = Integer.parseInt(driver.findElement(By.id("network-map")).getAttribute("data-loaded"));
        assertThat(markers).isGreaterThanOrEqualTo(40 + 30);
        assertThat(driver.findElements(By.cssSelector("#network-map path.leaflet-interactive"))).hasSizeGreaterThanOrEqualTo(markers);
        for (String table : new String[] {"points-by-region", "reports-by-month", "reports-by-follow-up"}) {
            int rows = driver.findElements(By.cssSelector("#" + table + " tr[data-key]")).size();
            assertThat(driver.findElements(By.cssSelector(".bar-chart[data-table='" + table + "'] svg rect"))).as(table).hasSize(rows);
            assertThat(rows).as(table).isPositive();
        }
        waitForTheMapToSettle();
        browser.screenshot("community-dashboard");
    }

    private String placeIn(String region) throws Exception {
        try (var lines = Files.lines(media.resolve("places.csv"))) {
            return lines.skip(1).map(line -> line.split(",")).filter(cells -> cells[cells.length - 1].equals(region))
                    .map(cells -> cells[0]).findFirst().orElseThrow();
        }
    }
}
