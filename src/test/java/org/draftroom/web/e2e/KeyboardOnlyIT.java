package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a mouse: France signs in, tabs to OP3's Amend button, edits the paragraph, proposes;
 * the facilitator signs in and accepts it from the queue — every step by keys, the focus always
 * visible and where the user acted.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class KeyboardOnlyIT extends ServerTest {
    @Test
    void propose_an_amendment_and_record_the_decision_by_keyboard_alone() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.facilitator(http());
        accounts.delegate(http(), "FRA");
        assertThat(http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator")).status()).isEqualTo(200);
        String draftPage = "/#/drafts/" + id;
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.open(draftPage);
            signInByKeys(browser, "fra");
            browser.visible(By.cssSelector(".para[data-label='OP3']"));
            browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-state]"), "Live"));

            // "Go to paragraph" right after the title takes the focus to OP3; its Amend button is a Tab or two away.
            assertThat(tabTo(browser, "input[name=goto]")).isLessThanOrEqualTo(2);
            keys(browser, "OP3", Keys.ENTER);
            browser.until(d -> active(browser, ".para[data-label='OP3']"));
            int presses = tabTo(browser, ".para[data-label='OP3'] button[aria-label='Amend OP3']");
            assertThat(presses).isLessThanOrEqualTo(4);
            assertThat(focusOutline(browser)).as("the focused button shows where the focus is").isNotEqualTo("none");
            keys(browser, Keys.ENTER);
            assertThat(active(browser, ".para[data-label='OP3'] .in-place textarea")).isTrue();
            String original = (String) browser.script("return document.activeElement.value");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
            keys(browser, original.replace("closely follow", "monitor"));
            browser.until(d -> browser.text(".para[data-label='OP3'] [data-testid=edit-preview]").contains("monitor"));
            tabTo(browser, ".para[data-label='OP3'] .in-place button[type=submit]");
            browser.screenshot("keyboard-01-editing");
            keys(browser, Keys.ENTER);
            browser.visible(By.cssSelector(".para[data-label='OP3'] [data-testid=in-place-outcome]"));
            browser.until(d -> active(browser, "[data-testid=in-place-outcome]"));
            assertThat(http().get("/api/drafts/" + id + "/amendments/1", secretariat).json().get("operations").get(0).get("quote").asText())
                    .isEqualTo("closely follow");

            // To the list, whose title takes the focus; "Sign out" is just before it.
            browser.open("/#/drafts");
            browser.visible(By.cssSelector("main .results table"));
            browser.until(d -> active(browser, "main h1"));
            shiftTabTo(browser, ".who button");
            keys(browser, Keys.ENTER);
            browser.visible(By.name("username"));
            signInByKeys(browser, "facilitator");
            browser.open(draftPage);
            browser.visible(By.cssSelector("[data-testid=queue] .amendment"));
            tabTo(browser, "[data-testid=queue] input[name=reason]");
            keys(browser, "Clearer wording");
            tabTo(browser, "[data-testid=queue] button[value=ACCEPT]");
            browser.screenshot("keyboard-02-deciding");
            keys(browser, Keys.ENTER);
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=queue]"),
                    "No amendment is waiting for a decision."));
            assertThat(http().get("/api/drafts/" + id + "/amendments/1", secretariat).json().get("status").asText()).isEqualTo("ACCEPTED");
        }
    }

    private static void signInByKeys(Browser browser, String user) {
        browser.until(d -> active(browser, "input[name=username]"));
        keys(browser, user, Keys.TAB, Accounts.PASSWORD, Keys.ENTER);
        browser.visible(By.cssSelector("[data-testid=current-user]"));
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static boolean active(Browser browser, String css) {
        return Boolean.TRUE.equals(browser.script("return document.activeElement && document.activeElement.matches(arguments[0])", css));
    }

    private static String focusOutline(Browser browser) {
        return (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle");
    }

    /** Presses Tab until the element {@code css} has the focus; answers how many presses it took. */
    private static int tabTo(Browser browser, String css) {
        for (int i = 1; i <= 600; i++) {
            keys(browser, Keys.TAB);
            if (active(browser, css)) {
                return i;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /** Presses Shift+Tab until {@code css} has the focus (as many presses as {@link #tabTo}: a long list may stand between). */
    private static void shiftTabTo(Browser browser, String css) {
        for (int i = 1; i <= 600; i++) {
            keys(browser, Keys.chord(Keys.SHIFT, Keys.TAB));
            if (active(browser, css)) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never reached " + css);
    }
}
