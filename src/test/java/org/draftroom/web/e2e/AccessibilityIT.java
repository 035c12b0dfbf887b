package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.x A and AA) on every page of the client, as each user sees it: sign-in, the
 * list, a draft as delegate (with the editor open over a paragraph), facilitator and secretariat (and
 * the text as it would read),
 * the comparison, the voting at action with the recorded-vote grid, and the audit trail.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class AccessibilityIT extends ServerTest {
    @Test
    void no_axe_core_violation_on_any_page() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        long voting = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        String france = accounts.delegate(http(), "FRA");
        accounts.delegate(http(), "CHL");
        assertThat(http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator")).status()).isEqualTo(200);
        for (String quote : List.of("closely follow", "international protection")) {
            Http.Response r = http().post("/api/drafts/" + id + "/amendments", france, Map.of("operations",
                    List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP3", "quote", quote, "text", "monitor"))));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        var second = http().get("/api/drafts/" + id + "/amendments/2", secretariat).json();
        Http.Response accepted = http().post("/api/drafts/" + id + "/amendments/2/decision", accounts.facilitator(http()),
                Map.of("decision", "ACCEPT", "reason", "Agreed"),
                "If-Match", "\"a" + second.get("id").asLong() + "." + second.get("rowVersion").asLong() + "\"");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + voting + "/table", secretariat, Map.of("symbol", "A/C.3/80/L.77")).status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + voting + "/amendments", france, Map.of("operations",
                List.of(Map.of("type", "DELETE_WORDS", "paragraph", "OP3", "quote", "closely")))).status()).isEqualTo(201);
        assertThat(http().post("/api/drafts/" + voting + "/open-action", secretariat, Map.of("meeting", "45th meeting")).status()).isEqualTo(200);

        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.open("/");
            browser.visible(By.name("username"));
            // The engine really runs: an image without a text alternative is found.
            browser.script("const i = document.createElement('img'); i.id = 'probe'; i.src = '/assets/none.png'; document.body.append(i);");
            assertThat(Axe.violations(browser)).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
            browser.script("document.getElementById('probe').remove()");
            check(browser, "sign-in", found);

            browser.signIn("fra", Accounts.PASSWORD);
            browser.visible(By.cssSelector("table.drafts tbody tr"));
            check(browser, "list", found);
            browser.open("/#/drafts/" + id);
            live(browser);
            browser.clickable(By.cssSelector(".para[data-label='OP5'] button[aria-label='Amend OP5']")).click();
            browser.visible(By.cssSelector(".para[data-label='OP5'] .in-place textarea")).sendKeys(" promptly");
            browser.visible(By.cssSelector("[data-testid=amendments] .amendment"));
            check(browser, "draft as delegate", found);
            signOut(browser);

            browser.signIn("facilitator", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            live(browser);
            browser.visible(By.cssSelector("[data-testid=queue] .amendment"));
            check(browser, "draft as facilitator", found);
            signOut(browser);

            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            live(browser);
            check(browser, "draft as secretariat", found);
            browser.clickable(By.cssSelector("label[for=text-view-reading]")).click();
            browser.visible(By.cssSelector("[data-testid=reading-view] .tracked"));
            check(browser, "draft as it would read", found);
            browser.open("/#/drafts/" + id + "/compare?from=1&to=2");
            browser.visible(By.cssSelector("[data-testid=comparison] .tracked"));
            check(browser, "compare", found);
            browser.open("/#/drafts/" + voting);
            live(browser);
            browser.visible(By.cssSelector("[data-testid=voting-order] li"));
            browser.clickable(By.xpath("//details[.//form[@data-action='record-action']]/summary")).click();
            new Select(browser.visible(By.cssSelector("[data-action=record-action] [name=decision]"))).selectByValue("RECORDED_VOTE");
            browser.until(d -> d.findElements(By.cssSelector("[data-action=record-action] .vote-grid fieldset")).size() == 193);
            check(browser, "voting", found);
            browser.open("/#/audit?draftId=" + id);
            browser.visible(By.cssSelector("table.audit tbody tr"));
            check(browser, "audit", found);
        }
        assertThat(found).as("axe-core violations by page").allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    private static void check(Browser browser, String page, Map<String, List<String>> found) {
        List<String> violations = Axe.violations(browser);
        violations.forEach(v -> System.out.println("AXE " + page + ": " + v));
        found.put(page, violations);
        browser.screenshot("axe-" + page.replace(' ', '-'));
    }

    private static void live(Browser browser) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-state]"), "Live"));
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector(".who button")).click();
        browser.visible(By.name("username"));
    }
}
