package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The silence procedure in the client: the facilitator puts the text under silence from the
 * actions, the draft page says "under silence until …", a delegation breaks it from its own
 * "Break silence" action, and the outcome the timer decides appears live.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class SilenceClientIT extends ServerTest {

    private long draftWithFacilitator() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        Http.Response assigned = http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        return id;
    }

    @Test
    void the_facilitator_starts_it_a_delegation_breaks_it_and_the_page_shows_the_outcome() {
        long id = draftWithFacilitator();
        accounts.delegate(http(), "CHL");
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("facilitator", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.clickable(By.xpath("//details[.//form[@data-action='start-silence']]/summary")).click();
            WebElement start = browser.visible(By.cssSelector("[data-action=start-silence]"));
            // A local date and time, as the browser's datetime-local field holds it: tomorrow at noon.
            java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
            browser.script("arguments[0].value = arguments[1]", start.findElement(By.name("until")), tomorrow + "T12:00");
            start.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=silence-state]").contains("under silence until"));
            assertThat(browser.text("[data-testid=silence-state]")).contains("Version 1 is under silence until")
                    .contains(String.valueOf(tomorrow.getYear())).contains("12:00");
            browser.until(d -> d.findElement(By.xpath("//details[.//form[@data-action='start-silence']]")).getAttribute("hidden") != null);

            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.clickable(By.xpath("//details[.//form[@data-action='break-silence']]/summary")).click();
            WebElement breaking = browser.visible(By.cssSelector("[data-action=break-silence]"));
            breaking.findElement(By.name("text")).sendKeys("Chile cannot join consensus on OP5 as it stands.");
            breaking.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=silence-breaks]").contains("Chile broke silence"));
            assertThat(browser.text("[data-testid=silence-breaks]")).contains("Chile cannot join consensus on OP5 as it stands.");
            assertThat(browser.text("[data-testid=silence-state]")).contains("Silence broken by Chile");
            browser.until(d -> d.findElement(By.xpath("//details[.//form[@data-action='break-silence']]")).getAttribute("hidden") != null);
        }
        assertThat(http().get("/api/drafts/" + id + "/silence", accounts.secretariat(http())).json().get("breaks").get(0)
                .get("memberState").asText()).isEqualTo("CHL");
    }

    @Test
    void the_outcome_the_timer_decides_appears_live_on_the_page() {
        long id = draftWithFacilitator();
        String facilitator = accounts.facilitator(http());
        String tag = http().get("/api/drafts/" + id, facilitator).header("ETag").orElseThrow();
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        Http.Response started = http().post("/api/drafts/" + id + "/silence", facilitator, Map.of("until", until.toString()), "If-Match", tag);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        Http.Response broken = http().post("/api/drafts/" + id + "/silence/break", accounts.delegate(http(), "PER"),
                Map.of("text", "Peru asks to reopen PP3."), "If-Match", started.json().get("etag").asText());
        assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("facilitator", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            assertThat(browser.text("[data-testid=silence-state]")).contains("under silence until");
            browser.within(Duration.ofSeconds(90), d -> browser.text("[data-testid=silence-state]").contains("back to consultations"));
            assertThat(browser.text("[data-testid=silence-state]")).startsWith("Silence broken by Peru");
            assertThat(browser.text("[data-testid=silence-breaks]")).contains("Peru broke silence").contains("Peru asks to reopen PP3.");
            browser.visible(By.xpath("//details[.//form[@data-action='start-silence']]/summary"));
        }
    }
}
