package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list and the draft at 1400, 800 and 390 px (the phone emulated as Chromium's DevTools do):
 * never wider than the screen, the procedure a tab away rather than after the whole text, and the
 * editor usable over a paragraph. Screenshots of each width in target/e2e-screenshots/.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class PhoneIT extends ServerTest {
    private static final String NO_SIDEWAYS_SCROLL = "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];";

    @Test
    void list_and_draft_fit_every_width_down_to_a_390_px_phone() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.RES_76_186);
        accounts.delegate(http(), "FRA");
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("fra", Accounts.PASSWORD);
            for (int width : new int[] {1400, 800, 390}) {
                browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", width == 390 ? 844 : 1000, "deviceScaleFactor", 1, "mobile", width == 390));
                browser.open("/#/drafts");
                browser.visible(By.cssSelector("table.drafts a[href='#/drafts/" + id + "']"));
                assertFits(browser, "the list at " + width + " px");
                browser.screenshot("width-" + width + "-list");

                browser.open("/#/drafts/" + id);
                browser.visible(By.cssSelector(".para[data-label='OP5']"));
                assertFits(browser, "the draft at " + width + " px");
                browser.screenshot("width-" + width + "-draft");
                if (width < 1100) {
                    assertThat(browser.driver().findElement(By.cssSelector(".side")).isDisplayed()).isFalse();
                    browser.clickable(By.cssSelector(".layout-tabs [data-tab=draft-procedure]")).click();
                    browser.until(d -> d.findElement(By.cssSelector(".side")).isDisplayed());
                    assertFits(browser, "the procedure at " + width + " px");
                    browser.screenshot("width-" + width + "-procedure");
                    browser.clickable(By.cssSelector(".layout-tabs [data-tab=draft-text]")).click();
                } else {
                    assertThat(browser.driver().findElement(By.cssSelector(".side")).isDisplayed()).isTrue();
                }
                browser.clickable(By.cssSelector(".para[data-label='OP5'] button[aria-label='Amend OP5']")).click();
                browser.visible(By.cssSelector(".para[data-label='OP5'] .in-place textarea")).sendKeys(" without delay");
                browser.until(d -> !d.findElements(By.cssSelector(".para[data-label='OP5'] [data-testid=edit-preview] ins")).isEmpty());
                assertFits(browser, "the editor at " + width + " px");
                browser.script("document.querySelector('.para[data-label=OP5] .in-place').scrollIntoView()");
                browser.screenshot("width-" + width + "-editor");
            }
        }
    }

    private static void assertFits(Browser browser, String what) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> sizes = (java.util.List<Number>) browser.script(NO_SIDEWAYS_SCROLL);
        assertThat(sizes.get(0).intValue()).as(what + ": scrollWidth ≤ clientWidth").isLessThanOrEqualTo(sizes.get(1).intValue());
    }
}
