package org.draftroom.web.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amending where the text stands: France edits OP5 in a box over it, sees the paragraph with
 * tracked changes before proposing, and the client sends word operations; Chile's competing edit
 * is flagged on the spot; Chile then amends France's amendment by editing the text it proposes.
 * Screenshots at 1400, 800 and 390 px in target/e2e-screenshots/.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class AmendInPlaceIT extends ServerTest {
    private static final String OP5 = ".para[data-label='OP5']";

    @Test
    void amend_op5_by_editing_see_the_preview_the_competing_flag_and_amend_an_amendment_by_editing() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.delegate(http(), "FRA");
        accounts.delegate(http(), "CHL");
        String draftPage = "/#/drafts/" + id;

        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open(draftPage);
            browser.clickable(By.cssSelector(OP5 + " button[aria-label='Amend OP5']")).click();
            WebElement box = browser.visible(By.cssSelector(OP5 + " .in-place textarea"));
            String original = box.getAttribute("value");
            assertThat(original).startsWith("Also recalls its decision").contains("four-year basis").contains("therefore decides");
            // The editor stands over the paragraph, not elsewhere on the page.
            int paragraphTop = browser.driver().findElement(By.cssSelector(OP5 + " .ptext")).getLocation().getY();
            assertThat(box.getLocation().getY() - paragraphTop).isBetween(0, 1200);

            box.clear();
            box.sendKeys(original.replace("four-year", "three-year").replace("therefore decides", "decides"));
            WebElement preview = browser.visible(By.cssSelector(OP5 + " [data-testid=edit-preview]"));
            browser.until(d -> preview.findElements(By.tagName("del")).size() == 2);
            assertThat(preview.findElements(By.tagName("del"))).extracting(WebElement::getText).containsExactly("four-year", "therefore");
            assertThat(preview.findElements(By.tagName("ins"))).extracting(WebElement::getText).containsExactly("three-year");
            assertThat(preview.getText()).contains("on a").contains("basis starting");
            assertThat(browser.text(OP5 + " [data-testid=edit-operations]")).contains("replace").contains("delete");
            for (int width : new int[] {1400, 800, 390}) {
                browser.driver().manage().window().setSize(new Dimension(width, 1000));
                browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", OP5 + " .in-place");
                browser.screenshot("amend-in-place-preview-" + width);
            }
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
            browser.driver().findElement(By.cssSelector(OP5 + " .in-place button[type=submit]")).click();
            WebElement outcome = browser.visible(By.cssSelector(OP5 + " [data-testid=in-place-outcome]"));
            assertThat(outcome.getText()).contains("proposed").contains("No other pending amendment");

            JsonNode france = http().get("/api/drafts/" + id + "/amendments/1", secretariat).json();
            assertThat(operations(france)).containsExactly("REPLACE_WORDS OP5 \"four-year\" #1 -> \"three-year\"",
                    "DELETE_WORDS OP5 \"therefore\" #1 -> \"null\"");

            // Chile's edit changes the same words: the answer, on the spot, says it competes and with whom.
            browser.driver().findElement(By.cssSelector(".who button")).click();
            browser.signIn("chl", Accounts.PASSWORD);
            browser.open(draftPage);
            browser.clickable(By.cssSelector(OP5 + " button[aria-label='Amend OP5']")).click();
            WebElement chileBox = browser.visible(By.cssSelector(OP5 + " .in-place textarea"));
            chileBox.clear();
            chileBox.sendKeys(original.replace("four-year", "five-year"));
            browser.until(d -> !d.findElements(By.cssSelector(OP5 + " [data-testid=edit-preview] ins")).isEmpty());
            browser.driver().findElement(By.cssSelector(OP5 + " .in-place button[type=submit]")).click();
            WebElement competes = browser.visible(By.cssSelector(OP5 + " [data-testid=in-place-outcome] [data-testid=competes]"));
            assertThat(competes.getText()).contains("France");
            browser.until(d -> browser.text("[data-testid=amendments] [data-amendment='2']").contains("Competes with"));
            // Both stand under OP5 for everyone, flagged as competing, each as OP5 would read with it.
            browser.until(d -> browser.text(OP5 + " [data-testid=inline-changes] summary").startsWith("2 pending amendments"));
            assertThat(browser.text(OP5 + " [data-testid=inline-changes] summary")).contains("France").contains("Chile").contains("competing");
            browser.retrying(() -> browser.driver().findElement(By.cssSelector(OP5 + " [data-testid=inline-changes] summary")).click());
            browser.until(d -> browser.text(OP5 + " [data-testid=inline-changes] .inline-change[data-amendment='2'] ins").equals("five-year"));
            browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", OP5);
            browser.screenshot("amend-in-place-competing");
            assertThat(http().get("/api/drafts/" + id + "/amendments/2", secretariat).json().get("competesWith"))
                    .extracting(JsonNode::asInt).containsExactly(1);

            // Chile amends France's amendment: the editor opens on the text France proposes.
            browser.clickable(By.xpath("//*[@data-testid='amendments']//*[@data-amendment='1']//button[@data-testid='amend-by-editing']")).click();
            WebElement sub = browser.visible(By.cssSelector(OP5 + " .in-place textarea"));
            String proposed = sub.getAttribute("value");
            assertThat(proposed).contains("three-year basis").contains("and decides").doesNotContain("four-year").doesNotContain("therefore");
            assertThat(browser.text(OP5 + " .in-place h3")).contains("France");
            sub.clear();
            sub.sendKeys(proposed.replace("three-year", "two-year"));
            browser.until(d -> browser.text(OP5 + " [data-testid=edit-preview]").contains("two-year"));
            browser.screenshot("amend-in-place-sub-amendment");
            browser.driver().findElement(By.cssSelector(OP5 + " .in-place button[type=submit]")).click();
            browser.visible(By.cssSelector(OP5 + " [data-testid=in-place-outcome]"));
            browser.until(d -> browser.text("[data-testid=amendments] [data-amendment='3']").contains("amending"));
            JsonNode chile = http().get("/api/drafts/" + id + "/amendments/3", secretariat).json();
            assertThat(chile.get("amends").asInt()).isEqualTo(1);
            assertThat(chile.get("memberState").get("code").asText()).isEqualTo("CHL");
            assertThat(operations(chile)).containsExactly("REPLACE_WORDS OP5 \"four-year\" #1 -> \"two-year\"",
                    "DELETE_WORDS OP5 \"therefore\" #1 -> \"null\"");
        }
    }

    @Test
    void whole_paragraph_operations_come_from_the_paragraphs_own_menu() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        accounts.delegate(http(), "FRA");
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            // Finding one's way first: search the text, go to a paragraph from the results, go to one by label.
            browser.visible(By.name("find")).sendKeys("World Day against Trafficking");
            browser.driver().findElement(By.cssSelector(".find button[type=submit]")).click();
            assertThat(browser.text("[data-testid=find-results]")).contains("is in 1 paragraph").contains("OP7");
            browser.clickable(By.cssSelector("[data-testid=find-results] button[data-label=OP7]")).click();
            browser.until(d -> Boolean.TRUE.equals(browser.script("return document.activeElement.matches('.para[data-label=OP7]')")));
            browser.driver().findElement(By.name("goto")).sendKeys("op12\n");
            browser.until(d -> Boolean.TRUE.equals(browser.script("return document.activeElement.matches('.para[data-label=OP12]')")));
            browser.driver().findElement(By.name("goto")).clear();
            browser.driver().findElement(By.name("goto")).sendKeys("OP99\n");
            assertThat(browser.text("[data-testid=find-results] .error")).isEqualTo("There is no paragraph OP99 in this draft.");
            menu(browser, "OP5", "Add a paragraph after");
            browser.visible(By.cssSelector(OP5 + " .in-place [name=openingPhrase]")).sendKeys("Encourages");
            browser.driver().findElement(By.cssSelector(OP5 + " .in-place [name=text]")).sendKeys("Member States to share good practices;");
            assertThat(browser.text(OP5 + " [data-testid=edit-preview] ins")).isEqualTo("Encourages Member States to share good practices;");
            browser.driver().findElement(By.cssSelector(OP5 + " .in-place button[type=submit]")).click();
            browser.visible(By.cssSelector(OP5 + " [data-testid=in-place-outcome]"));
            JsonNode added = http().get("/api/drafts/" + id + "/amendments/1", secretariat).json().get("operations").get(0);
            assertThat(added.get("type").asText()).isEqualTo("INSERT_PARAGRAPH");
            assertThat(added.get("position").asText()).isEqualTo("AFTER");
            assertThat(added.get("openingPhrase").asText()).isEqualTo("Encourages");

            menu(browser, "OP2", "Move the paragraph");
            new org.openqa.selenium.support.ui.Select(browser.visible(By.cssSelector(".para[data-label='OP2'] .in-place [name=anchor]")))
                    .selectByValue("OP4");
            browser.driver().findElement(By.cssSelector(".para[data-label='OP2'] .in-place button[type=submit]")).click();
            browser.visible(By.cssSelector(".para[data-label='OP2'] [data-testid=in-place-outcome]"));
            JsonNode moved = http().get("/api/drafts/" + id + "/amendments/2", secretariat).json().get("operations").get(0);
            assertThat(moved.get("type").asText()).isEqualTo("MOVE_PARAGRAPH");
            assertThat(moved.get("anchor").asText()).isEqualTo("OP4");
        }
    }

    /** Opens the paragraph's own menu and chooses {@code item}; again if a live refresh rebuilt the paragraph meanwhile. */
    private static void menu(Browser browser, String label, String item) {
        browser.retrying(() -> {
            browser.driver().findElement(By.cssSelector(".para[data-label='" + label + "'] summary[aria-label='More changes to " + label + "']")).click();
            browser.driver().findElement(By.xpath("//*[@data-label='" + label + "']//button[normalize-space()='" + item + "']")).click();
        });
        browser.visible(By.cssSelector(".para[data-label='" + label + "'] .in-place"));
    }

    private static List<String> operations(JsonNode amendment) {
        List<String> out = new ArrayList<>();
        for (JsonNode op : amendment.get("operations")) {
            out.add(op.get("type").asText() + " " + op.get("paragraph").asText() + " \"" + op.get("quote").asText() + "\" #"
                    + op.get("occurrence").asText() + " -> \"" + op.path("text").asText("null") + "\"");
        }
        return out;
    }
}
