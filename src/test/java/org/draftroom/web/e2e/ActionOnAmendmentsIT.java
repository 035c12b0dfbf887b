package org.draftroom.web.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Written amendments to action in headless Chromium: the secretariat issues one under its symbol,
 * another delegation amends it (a sub-amendment) and proposes to move a paragraph, a delegation
 * requests a separate vote on a paragraph, and the secretariat takes the votes in the proposed
 * order: the sub-amendment before its amendment, the division last. Screenshots in
 * target/e2e-screenshots/.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class ActionOnAmendmentsIT extends ServerTest {
    private static final String PROPOSE = ".propose-form ";

    @Test
    void symbol_sub_amendment_move_division_and_the_votes_in_order() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        Http.Response tabled = http().post("/api/drafts/" + id + "/table", secretariat, Map.of("symbol", "A/C.3/80/L.47"));
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);
        Http.Response written = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP3", "quote", "closely follow", "text", "monitor closely"))));
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.json().get("kind").asText()).isEqualTo("WRITTEN");
        accounts.delegate(http(), "CHL");
        accounts.delegate(http(), "BLR");
        String draftPage = "/#/drafts/" + id;

        try (Browser browser = new Browser(server.getURI(), 1280, 900)) {
            // The secretariat issues France's written amendment under its own symbol.
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open(draftPage);
            WebElement issue = browser.visible(By.cssSelector("[data-testid=amendments] [data-amendment='1'] .issue-symbol"));
            issue.findElement(By.name("symbol")).sendKeys("A/C.3/80/L.6");
            // A change by someone else refreshes the page live while the secretariat types: what it
            // typed stays, and so does its focus, so that it goes on typing.
            assertThat(http().post("/api/drafts/" + id + "/cosponsors", accounts.delegate(http(), "PER"), "").status()).isEqualTo(200);
            browser.until(d -> browser.text("[data-testid=co-sponsors]").contains("Peru"));
            browser.driver().switchTo().activeElement().sendKeys("2");
            assertThat(issue.findElement(By.name("symbol")).getAttribute("value")).isEqualTo("A/C.3/80/L.62");
            issue.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=amendments] [data-amendment='1'] header").startsWith("A/C.3/80/L.62"));
            assertThat(browser.driver().findElements(By.cssSelector("[data-amendment='1'] .issue-symbol"))).isEmpty();
            shoot(browser, "[data-amendment='1']", "action-01-symbol-issued");

            // Chile amends France's amendment, then proposes to move OP2 after OP4.
            signOut(browser);
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open(draftPage);
            browser.clickable(By.xpath("//*[@data-testid='amendments']//*[@data-amendment='1']//button[normalize-space()='Amend amendment 1']"))
                    .click();
            assertThat(browser.visible(By.cssSelector("[data-testid=amending]")).getText()).contains("A/C.3/80/L.62").contains("France");
            assertThat(browser.driver().findElement(By.id("propose-h")).getText()).isEqualTo("Propose an amendment to A/C.3/80/L.62");
            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=paragraph]"))).selectByValue("OP3");
            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=type]"))).selectByValue("REPLACE_WORDS");
            browser.driver().findElement(By.cssSelector(PROPOSE + "[name=quote]")).sendKeys("closely follow");
            browser.driver().findElement(By.cssSelector(PROPOSE + "[name=text]")).sendKeys("follow very closely");
            shoot(browser, "#propose", "action-02-sub-amendment-form");
            browser.driver().findElement(By.cssSelector(PROPOSE + "button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=amendments] [data-amendment='2']").contains("amending A/C.3/80/L.62"));
            assertThat(browser.text("[data-testid=amendments] [data-amendment='2']"))
                    .contains("Written amendment by Chile").contains("follow very closely");
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid=amending]")).isDisplayed()).isFalse();

            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=paragraph]"))).selectByValue("OP2");
            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=type]"))).selectByValue("MOVE_PARAGRAPH");
            assertThat(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=quote]")).isDisplayed()).isFalse();
            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=placement]"))).selectByValue("AFTER");
            new Select(browser.driver().findElement(By.cssSelector(PROPOSE + "[name=anchor]"))).selectByValue("OP4");
            browser.driver().findElement(By.cssSelector(PROPOSE + "button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=amendments] [data-amendment='3']").contains("Move OP2 after OP4"));
            JsonNode move = http().get("/api/drafts/" + id + "/amendments/3", secretariat).json();
            assertThat(move.path("amends").isIntegralNumber()).as("the form left sub-amendment mode after the first proposal").isFalse();
            assertThat(move.get("operations").get(0).get("type").asText()).isEqualTo("MOVE_PARAGRAPH");
            shoot(browser, "[data-testid=amendments]", "action-03-amendments-listed");

            // Peru would delete the words France's amendment rewrites: the two compete.
            Http.Response competing = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "PER"), Map.of("operations",
                    List.of(Map.of("type", "DELETE_WORDS", "paragraph", "OP3", "quote", "closely follow"))));
            assertThat(competing.status()).as(competing.toString()).isEqualTo(201);
            assertThat(competing.json().get("competesWith")).extracting(JsonNode::asInt).contains(1);

            // Belarus, a main sponsor, previews amendments together from its queue: competing ones are refused, named.
            signOut(browser);
            browser.signIn("blr", Accounts.PASSWORD);
            browser.open(draftPage);
            tick(browser, 1);
            tick(browser, 4);
            browser.clickable(By.xpath("//button[normalize-space()='Preview the ticked amendments together']")).click();
            browser.until(d -> browser.text("[data-testid=queue] .together .error").contains("[1, 4] on OP3"));
            tick(browser, 4);
            tick(browser, 3);
            browser.clickable(By.xpath("//button[normalize-space()='Preview the ticked amendments together']")).click();
            WebElement together = browser.visible(By.cssSelector("[data-testid=preview-together]"));
            assertThat(together.getText()).contains("With amendments 1, 3");
            assertThat(together.findElements(By.tagName("ins"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("monitor"));
            assertThat(together.findElements(By.tagName("del"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("follow"));
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=queue] .together .error")))
                    .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
            shoot(browser, "[data-testid=preview-together]", "action-04-preview-together");
            signOut(browser);
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open(draftPage);
            // The page follows changes made once its stream listens: wait for that before action opens.
            browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-state]"), "Live"));

            // Action opens; Chile's open page follows live and asks for a separate vote on OP5.
            Http.Response action = http().post("/api/drafts/" + id + "/open-action", secretariat, "");
            assertThat(action.status()).as(action.toString()).isEqualTo(200);
            WebElement divisions = browser.visible(By.cssSelector("[data-testid=divisions]"));
            new Select(divisions.findElement(By.name("paragraph"))).selectByValue("OP5");
            divisions.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=divisions] li[data-ref=D1]").equals("D1: OP5 — to be voted on"));
            shoot(browser, "[data-testid=divisions]", "action-05-division-requested");
            browser.visible(By.cssSelector("[data-testid=voting-order] li[data-ref=D1]"));
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=voting-order] li")))
                    .as("a delegation sees the order of voting").extracting(li -> li.getAttribute("data-ref"))
                    .containsExactly("A3", "A2", "A1", "A4", "D1", "P");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=voting-order] button")))
                    .as("but neither rearranges it nor records votes").allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());

            // The secretariat takes the votes in the order proposed under rules 129–131.
            signOut(browser);
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open(draftPage);
            browser.visible(By.cssSelector("[data-testid=voting-order] li[data-ref=D1]"));
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=voting-order] li")))
                    .extracting(li -> li.getAttribute("data-ref")).containsExactly("A3", "A2", "A1", "A4", "D1", "P");
            assertThat(browser.text("[data-testid=voting-order] li[data-ref=A2]")).contains("amending A1");
            shoot(browser, "[data-testid=voting-order]", "action-06-order-of-voting");

            vote(browser, "A3", "WITHOUT_VOTE_REJECTED", "rejected");
            vote(browser, "A2", "WITHOUT_VOTE_ADOPTED", "adopted");
            vote(browser, "A1", "WITHOUT_VOTE_ADOPTED", "adopted");
            assertThat(browser.text("[data-testid=voting-order] li[data-ref=A4]")).as("Peru's deletion contradicts what was adopted")
                    .contains("(moot)");
            assertThat(new Select(browser.driver().findElement(By.cssSelector(".amendment-vote [name=method]"))).getOptions())
                    .extracting(WebElement::getText).contains("Paragraph deleted without a vote");
            vote(browser, "D1", "WITHOUT_VOTE_REJECTED", "deleted");
            browser.until(d -> browser.text("[data-testid=divisions] li[data-ref=D1]").equals("D1: OP5 — deleted"));
            shoot(browser, "[data-testid=voting-order]", "action-07-votes-taken");
        }

        JsonNode order = http().get("/api/drafts/" + id + "/amendments/voting-order", secretariat).json();
        assertThat(order.get("items").findValuesAsText("status")).containsExactly("REJECTED", "ADOPTED", "ADOPTED", "MOOT", "DELETED", "PENDING");
        JsonNode draft = http().get("/api/drafts/" + id, secretariat).json();
        assertThat(draft.toString()).contains("follow very closely").doesNotContain("monitor closely");
    }

    private static void vote(Browser browser, String ref, String decision, String outcome) {
        WebElement form = browser.visible(By.cssSelector(".amendment-vote"));
        browser.until(d -> {
            try {
                new Select(form.findElement(By.name("item"))).selectByValue(ref);
                new Select(form.findElement(By.name("method"))).selectByValue(decision);
                return true;
            } catch (StaleElementReferenceException e) {
                return false; // the choices were refreshed meanwhile: choose again
            }
        });
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.confirm();
        browser.until(d -> browser.text("[data-testid=voting-order] li[data-ref=" + ref + "]").contains("(" + outcome + ")"));
    }

    /** Ticks (or unticks) amendment {@code number} in the reviewer's queue for the preview together. */
    private static void tick(Browser browser, int number) {
        browser.clickable(By.cssSelector("[data-testid=queue] input[name=together][value='" + number + "']")).click();
    }

    private static void shoot(Browser browser, String css, String name) {
        browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
        browser.screenshot(name);
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector(".who button")).click();
        browser.visible(By.name("username"));
    }
}
