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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends while a delegate works: the next request is refused, the client shows the
 * sign-in page with a message (no password prompt of the browser, no "Loading…" forever), and
 * signing in again brings the delegate back to the same draft.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class SessionExpiryIT extends ServerTest {
    @Test
    void after_the_token_stops_working_the_delegate_signs_in_again_and_is_back_on_the_same_draft() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        String other = accounts.delegate(http(), "FRA");
        String draftPage = "#/drafts/" + id;
        try (Browser browser = new Browser(server.getURI(), 1280, 900)) {
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open("/" + draftPage);
            browser.visible(By.cssSelector(".para[data-label='OP5']"));
            String token = (String) browser.script("return sessionStorage.getItem('draftroom.token')");
            assertThat(http().get("/api/me", token).status()).isEqualTo(200);

            // Signing out elsewhere ends every session of the account, this tab's too.
            assertThat(http().post("/logout", other, "").status()).isEqualTo(204);
            browser.until(d -> http().get("/api/me", token).status() == 401);
            Http.Response refused = http().get("/api/drafts/" + id, token);
            assertThat(refused.status()).isEqualTo(401);
            List<String> challenges = refused.headers().entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("WWW-Authenticate"))
                    .flatMap(e -> e.getValue().stream()).toList();
            assertThat(challenges).as("one Bearer challenge, never Basic").hasSize(1)
                    .allSatisfy(v -> assertThat(v).startsWith("Bearer").doesNotContain("Basic"));

            // The page notices by itself (its live stream is refused), or at the delegate's next act:
            // amending OP5 where it stands and proposing.
            By ended = By.cssSelector("[data-testid=session-ended]");
            By amend = By.cssSelector(".para[data-label='OP5'] button[aria-label='Amend OP5']");
            browser.until(d -> !d.findElements(ended).isEmpty() || !d.findElements(amend).isEmpty());
            if (browser.driver().findElements(ended).isEmpty()) {
                try {
                    browser.driver().findElement(amend).click();
                    WebElement box = browser.visible(By.cssSelector(".para[data-label='OP5'] .in-place textarea"));
                    box.sendKeys(" in full");
                    browser.driver().findElement(By.cssSelector(".para[data-label='OP5'] .in-place button[type=submit]")).click();
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // the live stream took the page to the sign-in meanwhile
                }
            }

            assertThat(browser.visible(By.cssSelector("[data-testid=session-ended]")).getText()).contains("session has ended");
            assertThat(browser.driver().getCurrentUrl()).endsWith(draftPage);
            assertThat(browser.script("return sessionStorage.getItem('draftroom.token')")).isNull();
            browser.screenshot("session-01-ended");

            browser.visible(By.name("username")).sendKeys("fra");
            browser.driver().findElement(By.name("password")).sendKeys(Accounts.PASSWORD);
            browser.driver().findElement(By.cssSelector("form.signin button[type=submit]")).click();
            browser.visible(By.cssSelector(".para[data-label='OP5']"));
            assertThat(browser.driver().getCurrentUrl()).endsWith(draftPage);
            assertThat(browser.text("[data-testid=current-user]")).startsWith("fra");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=session-ended]"))).isEmpty();
            browser.screenshot("session-02-back-on-the-draft");
        }
    }
}
