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
import org.openqa.selenium.support.ui.Select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafts list with each draft's last change (in words and as a date), ordered by it and
 * filtered to the drafts one's State sponsors; and on a draft, every button and form shown only
 * where the server's allowedActions list it: the proposer withdraws, another State co-sponsors and
 * amends, the secretariat issues the symbol and records a division, the facilitator none of these.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class ListAndAllowedButtonsIT extends ServerTest {
    private static final String ROWS = "table.drafts tbody tr";

    @Test
    void the_list_shows_when_each_draft_last_changed_newest_first_and_only_ones_own_drafts_on_request() {
        String secretariat = accounts.secretariat(http());
        long belarus = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        long peru = Seeds.importSeed(http(), accounts.delegate(http(), "PER"), Seeds.DRAFT_74);
        Http.Response proposed = http().post("/api/drafts/" + belarus + "/amendments", accounts.delegate(http(), "FRA"), Map.of("operations",
                List.of(Map.of("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", after the general debate"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        accounts.delegate(http(), "BLR");
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("blr", Accounts.PASSWORD);
            browser.open("/#/drafts");
            browser.visible(By.cssSelector(ROWS));
            assertThat(browser.text("table.drafts th[aria-sort]")).isEqualTo("Last change");
            assertThat(browser.driver().findElement(By.cssSelector("table.drafts th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("descending");
            assertThat(browser.text("table.drafts caption")).contains("ordered by last change, newest first");
            List<Long> newestFirst = ids(browser);
            assertThat(newestFirst.indexOf(belarus)).as("the draft amended last comes before the one imported before").isNotNegative()
                    .isLessThan(newestFirst.indexOf(peru));
            WebElement cell = row(browser, belarus).findElement(By.cssSelector("td.last-change"));
            WebElement time = cell.findElement(By.cssSelector("time[data-testid=last-change]"));
            assertThat(OffsetDateTime.parse(time.getAttribute("datetime")).toInstant())
                    .isEqualTo(OffsetDateTime.parse(lastChangedAt(belarus, secretariat)).toInstant());
            assertThat(time.getText()).matches("just now|\\d+ (seconds?|minutes?) ago|now");
            assertThat(cell.findElement(By.cssSelector("[data-testid=last-change-date]")).getText()).matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
            browser.screenshot("drafts-last-change-1400");

            new Select(browser.driver().findElement(By.name("order"))).selectByValue("changed-asc");
            browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            browser.until(d -> browser.text("table.drafts caption").contains("oldest first"));
            List<Long> oldestFirst = ids(browser);
            assertThat(oldestFirst.indexOf(belarus)).isGreaterThan(oldestFirst.indexOf(peru));

            browser.retrying(() -> browser.driver().findElement(By.cssSelector("[data-testid=only-mine]")).click());
            browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            browser.until(d -> d.getCurrentUrl().contains("mine=1"));
            browser.until(d -> !ids(browser).contains(peru));
            assertThat(ids(browser)).contains(belarus);
            assertThat(browser.driver().findElements(By.cssSelector(ROWS)))
                    .allSatisfy(r -> assertThat(r.getText()).contains("you sponsor this"));
            assertThat(Axe.violations(browser)).as("axe-core on the list with its filters").isEmpty();
            browser.open("/#/drafts?stage=TABLED&mine=1");
            browser.until(d -> !browser.text(".results").isBlank() && !ids(browser).contains(belarus));
            assertThat(browser.driver().findElements(By.cssSelector(ROWS))).allSatisfy(r -> assertThat(r.getText()).contains("Tabled"));
            browser.open("/#/drafts?stage=CONSULTATIONS&session=80&mine=1");
            browser.until(d -> ids(browser).contains(belarus));
            assertThat(browser.driver().findElements(By.cssSelector(ROWS)))
                    .allSatisfy(r -> assertThat(r.getText()).contains("Consultations").contains("you sponsor this"));

            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open("/#/drafts");
            browser.visible(By.cssSelector(ROWS));
            assertThat(row(browser, belarus).getText()).contains("Last change:");
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scroll at 390 px").isTrue();
            browser.screenshot("drafts-last-change-390");
        }
    }

    @Test
    void each_user_sees_the_buttons_the_server_allows_and_no_other() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        assertThat(http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator")).status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + id + "/table", secretariat, Map.of("symbol", "A/C.3/80/L.91")).status()).isEqualTo(200);
        Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP3", "quote", "closely follow", "text", "monitor closely"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int number = proposed.json().get("number").asInt();
        accounts.delegate(http(), "DEU");
        String page = "/#/drafts/" + id;
        String card = "#main [data-testid=amendments] article.amendment[data-amendment='" + number + "']";
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open(page);
            browser.until(d -> browser.text(card).contains("Withdraw amendment " + number));
            assertThat(browser.text(card)).doesNotContain("Co-sponsor amendment").doesNotContain("Amend amendment");

            signInAgain(browser, "deu");
            browser.open(page);
            browser.until(d -> browser.text(card).contains("Co-sponsor amendment " + number));
            assertThat(browser.text(card)).contains("Amend amendment " + number).doesNotContain("Withdraw amendment");
            assertThat(browser.driver().findElements(By.cssSelector(card + " form.issue-symbol"))).isEmpty();

            signInAgain(browser, "secretariat");
            browser.open(page);
            browser.visible(By.cssSelector(card + " form.issue-symbol"));
            assertThat(browser.text(card)).doesNotContain("Withdraw amendment").doesNotContain("Co-sponsor amendment")
                    .doesNotContain("Amend amendment");

            signInAgain(browser, "facilitator");
            browser.open(page);
            browser.until(d -> browser.text(card).contains("monitor closely"));
            assertThat(browser.text(card)).doesNotContain("Withdraw amendment").doesNotContain("Co-sponsor amendment")
                    .doesNotContain("Amend amendment");
            assertThat(browser.driver().findElements(By.cssSelector(card + " form.issue-symbol"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("propose")).isDisplayed()).as("no proposing for a facilitator").isFalse();

            assertThat(http().post("/api/drafts/" + id + "/open-action", secretariat, Map.of("meeting", "45th meeting")).status()).isEqualTo(200);
            browser.open("/#/drafts");
            browser.open(page);
            browser.until(d -> browser.text("[data-testid=divisions]").contains("No separate vote requested"));
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid=divisions] form.request-division")).isDisplayed())
                    .as("a facilitator requests no division").isFalse();
            browser.screenshot("divisions-facilitator");

            signInAgain(browser, "fra");
            browser.open(page);
            browser.visible(By.cssSelector("[data-testid=divisions] form.request-division"));

            signInAgain(browser, "secretariat");
            browser.open(page);
            WebElement form = browser.visible(By.cssSelector("[data-testid=divisions] form.request-division"));
            new Select(form.findElement(By.name("paragraph"))).selectByValue("OP3");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.text("[data-testid=divisions]").contains("OP3"));
            assertThat(browser.text("[data-testid=divisions] ul.divisions")).contains("OP3").contains("to be voted on");
        }
    }

    private String lastChangedAt(long id, String token) {
        for (com.fasterxml.jackson.databind.JsonNode d : http().get("/api/drafts", token).json()) {
            if (d.get("id").asLong() == id) {
                return d.get("lastChangedAt").asText();
            }
        }
        throw new AssertionError("Draft " + id + " is not listed");
    }

    private static void signInAgain(Browser browser, String username) {
        browser.retrying(() -> browser.driver().findElement(By.cssSelector(".who button")).click());
        browser.signIn(username, Accounts.PASSWORD);
    }

    private static WebElement row(Browser browser, long id) {
        return browser.visible(By.xpath("//table[contains(@class,'drafts')]//tr[.//a[@href='#/drafts/" + id + "']]"));
    }

    /** The drafts listed, in their order (read in one script, so a redrawn list is never half read). */
    private static List<Long> ids(Browser browser) {
        Object hrefs = browser.script("return [...document.querySelectorAll(arguments[0])].map(a => a.getAttribute('href'))",
                ROWS + " td a[href^='#/drafts/']");
        return ((List<?>) hrefs).stream().map(h -> Long.parseLong(h.toString().replaceAll(".*#/drafts/", ""))).toList();
    }
}
