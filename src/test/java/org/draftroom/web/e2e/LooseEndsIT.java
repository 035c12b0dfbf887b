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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the secretariat sees along the procedure: the facilitator chosen from the accounts, the
 * order of voting naming each amendment with its sponsor and change, the explanations of vote
 * and the report with its symbol.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class LooseEndsIT extends ServerTest {
    @Test
    void facilitator_from_a_list_order_of_voting_explanations_of_vote_and_report_symbol() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        String france = accounts.delegate(http(), "FRA");
        String page = "/#/drafts/" + id;
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open(page);
            browser.clickable(By.xpath("//details[.//form[@data-action='assign-facilitator']]/summary")).click();
            WebElement assign = browser.visible(By.cssSelector("[data-action=assign-facilitator]"));
            WebElement name = assign.findElement(By.name("username"));
            assertThat(name.getAttribute("list")).isEqualTo("facilitator-accounts");
            browser.until(d -> !d.findElements(By.cssSelector("#facilitator-accounts option[value=facilitator]")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector("#facilitator-accounts option")))
                    .extracting(o -> o.getAttribute("value")).doesNotContain("secretariat", "fra");
            name.sendKeys("facilitator");
            assign.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".status"), "Facilitator"));
            assertThat(http().get("/api/drafts/" + id, secretariat).json().get("facilitator").asText()).isEqualTo("facilitator");

            assertThat(http().post("/api/drafts/" + id + "/table", secretariat, Map.of("symbol", "A/C.3/80/L.82")).status()).isEqualTo(200);
            Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", france, Map.of("operations",
                    List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP3", "quote", "closely follow", "text", "monitor closely"))));
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
            assertThat(http().post("/api/drafts/" + id + "/open-action", secretariat, Map.of("meeting", "45th meeting")).status()).isEqualTo(200);
            browser.open("/#/drafts");
            browser.open(page);
            browser.until(d -> browser.text("[data-testid=voting-order] li[data-ref=A1]").contains("proposed by France"));
            assertThat(browser.text("[data-testid=voting-order] li[data-ref=A1] [data-testid=order-detail]"))
                    .contains("proposed by France").contains("replace").contains("closely follow").contains("monitor closely");

            Http.Response explanation = http().post("/api/drafts/" + id + "/explanations-of-vote", secretariat, Map.of("memberState", "CHL",
                    "timing", "BEFORE", "text", "Chile will join the consensus on this text.", "meeting", "45th meeting"));
            assertThat(explanation.status()).as(explanation.toString()).isBetween(200, 201);
            Http.Response vote = http().post("/api/drafts/" + id + "/amendments/1/vote", secretariat, Map.of("method", "WITHOUT_VOTE",
                    "adopted", false, "meeting", "45th meeting"));
            assertThat(vote.status()).as(vote.toString()).isBetween(200, 201);
            Http.Response action = http().post("/api/drafts/" + id + "/action", secretariat, Map.of("decision", "WITHOUT_VOTE", "meeting", "45th meeting"));
            assertThat(action.status()).as(action.toString()).isBetween(200, 201);
            Http.Response report = http().post("/api/drafts/" + id + "/report", secretariat, Map.of("symbol", "A/80/463", "paragraph", 42,
                    "recommendation", "IV"));
            assertThat(report.status()).as(report.toString()).isBetween(200, 201);
            browser.open("/#/drafts");
            browser.open(page);
            browser.until(d -> browser.text("[data-testid=decisions]").contains("Report"));
            assertThat(browser.text("[data-testid=report]")).isEqualTo("Report: A/80/463, para. 42, draft resolution IV");
            assertThat(browser.text("[data-testid=explanations-of-vote]")).contains("Chile (before the vote): Chile will join the consensus on this text.");
            browser.script("document.querySelector('[data-testid=decisions]').scrollIntoView()");
            browser.screenshot("loose-ends-decisions");

            // A main sponsor's delegate finds its draft marked in the list; another State's is not.
            accounts.delegate(http(), "BLR");
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("blr", Accounts.PASSWORD);
            browser.open("/#/drafts");
            String row = "//table[contains(@class,'drafts')]//tr[.//a[@href='#/drafts/" + id + "']]";
            assertThat(browser.visible(By.xpath(row)).getText()).contains("you sponsor this");
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open("/#/drafts");
            assertThat(browser.visible(By.xpath(row)).getText()).doesNotContain("you sponsor this");
        }
    }
}
