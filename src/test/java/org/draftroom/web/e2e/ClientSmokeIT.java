package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.draftroom.support.Accounts;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign in, list drafts, read one as the UN prints it, audit trail, sign out: in headless Chromium. */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class ClientSmokeIT extends ServerTest {
    @Test
    void a_delegate_signs_in_reads_a_draft_as_printed_and_signs_out() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        accounts.delegate(http(), "FRA");
        try (Browser browser = new Browser(server.getURI(), 1280, 900)) {
            browser.open("/");
            browser.visible(By.name("username"));
            browser.screenshot("smoke-01-sign-in");
            browser.signIn("fra", Accounts.PASSWORD);
            browser.visible(By.cssSelector("table.drafts a[href='#/drafts/" + id + "']"));
            browser.screenshot("smoke-02-drafts");
            browser.driver().findElement(By.cssSelector("table.drafts a[href='#/drafts/" + id + "']")).click();
            browser.visible(By.cssSelector(".para[data-label='OP1']"));
            assertThat(browser.driver().findElement(By.cssSelector(".un-heading .sponsors")).getText())
                    .isEqualTo("Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution");
            assertThat(browser.driver().findElement(By.cssSelector(".para[data-label='OP1'] .pnum")).getText()).isEqualTo("1.");
            assertThat(browser.driver().findElements(By.cssSelector(".footnotes li"))).hasSize(35);
            browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-state]"), "Live"));
            browser.screenshot("smoke-03-draft");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
            // On a tablet the text and the procedure are two tabs, not the panels after the whole text.
            browser.until(d -> d.findElement(By.cssSelector(".document")).isDisplayed() && !d.findElement(By.cssSelector(".side")).isDisplayed());
            browser.screenshot("smoke-04-draft-tablet");
            browser.clickable(By.cssSelector(".layout-tabs [data-tab=draft-procedure]")).click();
            browser.until(d -> d.findElement(By.cssSelector(".side")).isDisplayed() && !d.findElement(By.cssSelector(".document")).isDisplayed());
            browser.screenshot("smoke-04b-draft-tablet-procedure");
            browser.clickable(By.cssSelector(".layout-tabs [data-tab=draft-text]")).click();
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            // The audit trail is the secretariat's: a delegate gets a refusal in words.
            browser.open("/#/audit");
            assertThat(browser.visible(By.cssSelector("main .error")).getText()).isNotBlank();
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.visible(By.name("username"));
            assertThat(browser.script("return sessionStorage.getItem('draftroom.token')")).isNull();

            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open("/#/audit?draftId=" + id);
            browser.visible(By.cssSelector("table.audit tbody tr"));
            browser.driver().findElement(By.xpath("//button[normalize-space()='Check the chain']")).click();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=verify-result]"), "Intact"));
            browser.screenshot("smoke-05-audit");
        }
    }
}
