package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scenario of the web client in headless Chromium: a delegate proposes an
 * amendment by selecting words, another delegate's open page shows it without reload, the
 * facilitator accepts it, the compare view shows it as tracked changes, and the secretariat
 * records a recorded vote and sees the tally. Screenshots in target/e2e-screenshots/.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class NegotiationIT extends ServerTest {
    private static final String OP3 = ".para[data-label='OP3']";

    @Test
    void propose_by_selection_live_update_accept_compare_and_recorded_vote() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        accounts.delegate(http(), "FRA");
        accounts.delegate(http(), "CHL");
        Http.Response assigned = http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        String draftPage = "/#/drafts/" + id;

        try (Browser france = new Browser(server.getURI(), 1280, 900); Browser chile = new Browser(server.getURI(), 1280, 900)) {
            // The second delegate has the draft open before anything happens.
            chile.signIn("chl", Accounts.PASSWORD);
            chile.open(draftPage);
            waitLive(chile);

            france.signIn("fra", Accounts.PASSWORD);
            france.open(draftPage);
            waitLive(france);
            france.screenshot("01-delegate-draft");

            // A quote that is not in the paragraph: the error is shown in words, what was typed stays.
            Select paragraph = new Select(france.visible(By.cssSelector(".propose-form [name=paragraph]")));
            paragraph.selectByValue("OP3");
            france.driver().findElement(By.cssSelector(".propose-form [name=quote]")).sendKeys("no such words");
            france.driver().findElement(By.cssSelector(".propose-form [name=text]")).sendKeys("monitor closely");
            france.driver().findElement(By.cssSelector(".propose-form button[type=submit]")).click();
            WebElement error = france.visible(By.cssSelector(".propose-form .error"));
            assertThat(error.getText()).contains("does not appear in OP3");
            assertThat(france.driver().findElement(By.cssSelector(".propose-form [name=text]")).getAttribute("value")).isEqualTo("monitor closely");
            france.screenshot("02-error-kept-input");

            // Select the words in OP3 as a user would, with the selection API.
            france.script("""
                    const box = document.querySelector(arguments[0] + ' .ptext');
                    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                      const at = n.textContent.indexOf('closely follow');
                      if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(n, at);
                        range.setEnd(n, at + 'closely follow'.length);
                        const sel = window.getSelection();
                        sel.removeAllRanges();
                        sel.addRange(range);
                        return;
                      }
                    }""", OP3);
            france.until(d -> "closely follow".equals(d.findElement(By.cssSelector(".propose-form [name=quote]")).getAttribute("value")));
            assertThat(france.driver().findElement(By.cssSelector(".propose-form [name=occurrence]")).getAttribute("value")).isEqualTo("1");
            assertThat(new Select(france.driver().findElement(By.cssSelector(".propose-form [name=paragraph]"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("OP3");
            france.screenshot("03-words-selected");
            france.driver().findElement(By.cssSelector(".propose-form button[type=submit]")).click();
            france.visible(By.cssSelector("[data-testid=amendments] .amendment[data-status=PENDING]"));
            assertThat(france.text("[data-testid=amendments] .amendment"))
                    .contains("(yours)").contains("closely follow").contains("monitor closely");
            france.screenshot("04-amendment-proposed");

            // Chile's page shows it without a reload, within a second.
            long start = System.nanoTime();
            chile.within(Duration.ofSeconds(1), ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=amendments] .amendment[data-status=PENDING]")));
            System.out.println("E2E: the other delegate saw the amendment after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            assertThat(chile.text("[data-testid=amendments] .amendment")).contains("France").contains("monitor closely")
                    .doesNotContain("(yours)");
            chile.until(d -> d.findElement(By.cssSelector(OP3)).getAttribute("class").contains("has-pending"));
            chile.screenshot("05-other-delegate-live");

            // The facilitator accepts it from the queue, after previewing it as tracked changes.
            france.driver().findElement(By.cssSelector(".who button")).click();
            france.signIn("facilitator", Accounts.PASSWORD);
            france.open(draftPage);
            WebElement card = france.visible(By.cssSelector("[data-testid=queue] .amendment"));
            assertThat(card.findElement(By.cssSelector(".preview del")).getText()).isEqualTo("closely follow");
            assertThat(card.findElement(By.cssSelector(".preview ins")).getText()).isEqualTo("monitor closely");
            card.findElement(By.name("reason")).sendKeys("Clearer wording");
            france.screenshot("06-facilitator-queue");
            card.findElement(By.cssSelector("button[value=ACCEPT]")).click();
            france.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=queue]"),
                    "No amendment is waiting for a decision."));
            france.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(OP3), "monitor closely"));
            chile.within(Duration.ofSeconds(2), ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=amendments] .amendment[data-status=ACCEPTED]")));

            // Compare versions 1 and 2: the change as tracked changes.
            france.open("/#/drafts/" + id + "/compare?from=1&to=2");
            WebElement comparison = france.visible(By.cssSelector("[data-testid=comparison] .tracked"));
            assertThat(comparison.findElements(By.tagName("del"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("follow"));
            assertThat(comparison.findElements(By.tagName("ins"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("monitor"));
            assertThat(comparison.findElement(By.cssSelector(".change[data-after-label=OP3]")).getText())
                    .contains("monitor").contains("closely").contains("follow");
            france.script("document.querySelector('.change[data-after-label=OP3]').scrollIntoView({block: 'center'})");
            france.screenshot("07-compare-tracked-changes");

            // The secretariat tables the draft, opens action and records a recorded vote.
            france.driver().findElement(By.cssSelector(".who button")).click();
            france.signIn("secretariat", Accounts.PASSWORD);
            france.open(draftPage);
            france.clickable(By.xpath("//details[.//form[@data-action='table']]/summary")).click();
            WebElement table = france.visible(By.cssSelector("[data-action=table]"));
            table.findElement(By.name("symbol")).sendKeys("A/C.3/80/L.20");
            table.findElement(By.cssSelector("button[type=submit]")).click();
            france.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=stage]"), "Tabled"));
            france.clickable(By.xpath("//details[.//form[@data-action='open-action']]/summary")).click();
            WebElement opening = france.visible(By.cssSelector("[data-action=open-action]"));
            opening.findElement(By.name("meeting")).sendKeys("45th meeting");
            opening.findElement(By.cssSelector("button[type=submit]")).click();
            france.confirm();
            france.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=stage]"), "In action"));

            france.clickable(By.xpath("//details[.//form[@data-action='record-action']]/summary")).click();
            WebElement action = france.visible(By.cssSelector("[data-action=record-action]"));
            new Select(action.findElement(By.name("decision"))).selectByValue("RECORDED_VOTE");
            france.until(d -> action.findElements(By.cssSelector(".vote-grid fieldset")).size() == 193);
            vote(action, "FRA", "YES");
            vote(action, "CHL", "YES");
            vote(action, "PER", "YES");
            vote(action, "BLR", "NO");
            vote(action, "RUS", "ABSTAIN");
            assertThat(action.findElement(By.cssSelector("[data-testid=tally]")).getText())
                    .isEqualTo("Yes 3 — No 1 — Abstain 1 — Absent 188");
            action.findElement(By.name("meeting")).sendKeys("45th meeting");
            france.screenshot("08-recorded-vote-grid");
            action.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(france.confirm()).contains("Yes 3 — No 1 — Abstain 1 — Absent 188").contains("In favour (3)")
                    .contains("Chile, France, Peru.").contains("Against (1)").contains("Belarus.");
            // Live refreshes may replace the decisions section while it is read: read it afresh each time.
            france.until(d -> "Yes 3 — No 1 — Abstain 1 — Absent 188".equals(france.text("[data-testid=decision-tally]")));
            assertThat(france.text("[data-testid=decision-tally]")).isEqualTo("Yes 3 — No 1 — Abstain 1 — Absent 188");
            france.script("document.querySelector('[data-testid=decision-tally]').scrollIntoView()");
            france.screenshot("09-tally");
        }
    }

    private static void vote(WebElement action, String state, String ballot) {
        action.findElement(By.cssSelector("fieldset[data-state=" + state + "] input[value=" + ballot + "]")).click();
    }

    private static void waitLive(Browser browser) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-state]"), "Live"));
    }
}
