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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At action in headless Chromium: the secretariat records an oral revision read out by a main
 * sponsor (the form lists only the main sponsors, and gives the text after the opening phrase, so
 * the phrase is never doubled), and reads the order of voting with the proposal itself last.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class OralRevisionAndVotingOrderIT extends ServerTest {

    @Test
    void the_oral_revision_form_lists_the_main_sponsors_and_never_doubles_the_opening_phrase_and_the_proposal_is_voted_last() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        Http.Response tabled = http().post("/api/drafts/" + id + "/table", secretariat, Map.of());
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);
        String symbol = tabled.json().get("symbol").asText();
        assertThat(http().post("/api/drafts/" + id + "/open-action", secretariat, Map.of("meeting", "50th meeting")).status()).isEqualTo(200);
        Http.Response amendment = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"))));
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(201);

        try (Browser browser = new Browser(server.getURI(), 1280, 900)) {
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            WebElement form = browser.visible(By.cssSelector("details:has(form.action-record-oral-revision)"));
            form.findElement(By.tagName("summary")).click();
            WebElement revision = browser.visible(By.cssSelector("form.action-record-oral-revision"));
            Select readBy = new Select(revision.findElement(By.name("memberState")));
            browser.until(d -> readBy.getOptions().size() == 4);
            assertThat(readBy.getOptions()).extracting(WebElement::getText).containsExactly("Belarus",
                    "Democratic People's Republic of Korea", "Russian Federation", "Venezuela (Bolivarian Republic of)");

            new Select(revision.findElement(By.name("paragraph"))).selectByValue("PP5");
            WebElement text = revision.findElement(By.name("text"));
            String prefilled = text.getAttribute("value");
            assertThat(prefilled).startsWith("the adoption by the General Assembly of the 2030 Agenda").doesNotContain("Recalling");
            assertThat(revision.findElement(By.cssSelector("[data-testid=opening-phrase-note]")).getText()).contains("Recalling");
            text.clear();
            text.sendKeys(prefilled.replace("of the 2030 Agenda", "of the ambitious 2030 Agenda"));
            readBy.selectByVisibleText("Russian Federation");
            revision.findElement(By.name("meeting")).sendKeys("50th meeting");
            browser.screenshot("record-01-oral-revision-form");
            revision.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> {
                try {
                    return browser.text("[data-testid=voting-order] li[data-ref=P]").contains("as orally revised");
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false; // the order was drawn again meanwhile: read it again
                }
            });
            // Read in one go: a live refresh may draw the order again between two reads.
            @SuppressWarnings("unchecked")
            List<String> refs = (List<String>) browser.script("return [...document.querySelectorAll('[data-testid=voting-order] li')].map(li => li.dataset.ref)");
            assertThat(refs).containsExactly("A1", "P");
            assertThat(browser.text("[data-testid=voting-order] li[data-ref=P]"))
                    .contains("the draft resolution " + symbol + ", as orally revised").contains("(pending)");
            browser.script("document.querySelector('[data-testid=voting-order]').scrollIntoView({block: 'start'})");
            browser.screenshot("record-02-order-of-voting-proposal-last");
        }

        JsonNode draft = http().get("/api/drafts/" + id, secretariat).json();
        JsonNode pp5 = null;
        for (JsonNode p : draft.get("paragraphs")) {
            if (p.get("label").asText().equals("PP5")) {
                pp5 = p;
            }
        }
        assertThat(pp5).isNotNull();
        assertThat(pp5.get("openingPhrase").asText()).isEqualTo("Recalling");
        assertThat(pp5.get("text").asText()).startsWith("the adoption by the General Assembly of the ambitious 2030 Agenda");
        assertThat(http().get("/api/drafts/" + id + "/history", secretariat).body()).contains("read out by Russian Federation (50th meeting)");
    }
}
