package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pending change visible to everyone: the text shown as the original, with the pending
 * amendments as tracked changes, or as it would read with them (competing ones left out by name),
 * switched by keyboard; and a delegation co-sponsoring another State's amendment from its card.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class EveryChangeVisibleIT extends ServerTest {
    private static final String OP5 = ".para[data-label='OP5']";

    @Test
    void original_with_changes_and_as_it_would_read_switched_by_keyboard() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        propose(id, accounts.delegate(http(), "FRA"), "OP5", "four-year", "three-year");
        propose(id, accounts.delegate(http(), "CHL"), "OP5", "four-year", "five-year");
        propose(id, accounts.delegate(http(), "MEX"), "OP3", "closely follow", "monitor closely");

        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.until(d -> d.findElements(By.cssSelector(".para .inline-changes")).size() == 2);
            WebElement changes = browser.visible(By.id("text-view-changes"));
            assertThat(changes.isSelected()).as("with changes is the first view").isTrue();

            browser.clickable(By.cssSelector("label[for=text-view-original]")).click();
            browser.until(d -> !d.findElement(By.cssSelector(OP5 + " .inline-changes")).isDisplayed());
            assertThat(browser.text(OP5 + " .ptext")).contains("four-year").doesNotContain("three-year");

            // Arrow keys move through the radio group: original → with changes → as it would read.
            WebElement original = browser.driver().findElement(By.id("text-view-original"));
            assertThat(original.isSelected()).isTrue();
            original.sendKeys(Keys.ARROW_RIGHT);
            browser.until(d -> d.findElement(By.id("text-view-changes")).isSelected());
            WebElement inline = browser.visible(By.cssSelector(OP5 + " .inline-changes"));
            assertThat(inline.getAttribute("open")).as("the changes are opened").isNotNull();
            assertThat(inline.findElements(By.tagName("del"))).extracting(WebElement::getText).contains("four-year");
            assertThat(inline.findElements(By.tagName("ins"))).extracting(WebElement::getText).contains("three-year", "five-year");
            assertThat(inline.getText()).contains("France").contains("Chile").contains("competes");
            browser.screenshot("text-view-with-changes");

            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            browser.until(d -> d.findElement(By.id("text-view-reading")).isSelected());
            WebElement reading = browser.visible(By.cssSelector("[data-testid=reading-view] .tracked"));
            assertThat(browser.driver().findElement(By.cssSelector(".document > .resolution")).isDisplayed()).isFalse();
            String applied = browser.text("[data-testid=reading-view] [data-testid=applied]");
            assertThat(applied).contains("France").contains("Mexico").doesNotContain("Chile");
            assertThat(browser.text("[data-testid=reading-view] [data-testid=left-out]")).contains("Chile").contains("competes with");
            assertThat(reading.getText()).contains("three-year").contains("monitor closely")
                    .doesNotContain("four-year").doesNotContain("five-year").doesNotContain("closely follow");
            assertThat(Axe.violations(browser)).as("axe-core on the reading").isEmpty();
            browser.screenshot("text-view-as-it-would-read");

            // A new pending amendment is read in as it comes.
            propose(id, accounts.delegate(http(), "BRA"), "OP6", "Secretary-General", "Secretary-General of the United Nations");
            browser.until(d -> browser.text("[data-testid=reading-view] [data-testid=applied]").contains("Brazil"));
            assertThat(browser.text("[data-testid=reading-view] .tracked")).contains("Secretary-General of the United Nations");
        }
    }

    @Test
    void a_second_delegation_co_sponsors_an_amendment_from_its_card() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        propose(id, accounts.delegate(http(), "FRA"), "OP5", "four-year", "three-year");
        accounts.delegate(http(), "CHL");
        String card = "[data-testid=amendments] article[data-amendment='1']";

        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            WebElement article = browser.visible(By.cssSelector(card));
            assertThat(article.getText()).contains("by France").contains("pending");
            assertThat(article.findElements(By.cssSelector("[data-testid=cosponsors]"))).isEmpty();
            browser.retrying(() -> browser.driver().findElement(By.cssSelector(card + " [data-testid=cosponsor-amendment] button")).click());
            browser.until(d -> browser.text(card + " [data-testid=cosponsors]").contains("Chile"));
            assertThat(browser.text(card + " [data-testid=cosponsors]")).isEqualTo("Co-sponsored by Chile");
            assertThat(browser.text(card + " [data-testid=cosponsor-amendment] button")).isEqualTo("Leave co-sponsorship of amendment 1");
            assertThat(http().get("/api/drafts/" + id + "/amendments/1", secretariat).json().get("cosponsors").toString()).contains("CHL");
            browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", card);
            browser.screenshot("amendment-cosponsored");

            // The proposer sees Chile on its card and has no button to co-sponsor its own amendment.
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.until(d -> browser.text(card + " [data-testid=cosponsors]").contains("Chile"));
            assertThat(browser.driver().findElements(By.cssSelector(card + " [data-testid=cosponsor-amendment]"))).isEmpty();

            // Chile leaves again, after confirming.
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.retrying(() -> browser.driver().findElement(By.cssSelector(card + " [data-testid=cosponsor-amendment] button")).click());
            browser.confirm();
            browser.until(d -> d.findElements(By.cssSelector(card + " [data-testid=cosponsors]")).isEmpty());
            assertThat(http().get("/api/drafts/" + id + "/amendments/1", secretariat).json().get("cosponsors").toString()).doesNotContain("CHL");
        }
    }

    private void propose(long id, String token, String paragraph, String quote, String text) {
        Http.Response r = http().post("/api/drafts/" + id + "/amendments", token, Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", paragraph, "quote", quote, "text", text))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
