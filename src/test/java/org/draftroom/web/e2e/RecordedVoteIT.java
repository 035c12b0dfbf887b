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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorded vote of the 193 Member States taken from the voting system's result, pasted as a
 * list: a line naming no State is refused by its number and nothing is taken; the corrected list
 * fills the grid, "all remaining" gives the rest their vote, a summary is confirmed before
 * recording, and afterwards the lists In favour / Against / Abstaining are shown.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class RecordedVoteIT extends ServerTest {
    @Test
    void record_a_vote_of_193_states_by_pasting_the_voting_systems_list() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        assertThat(http().post("/api/drafts/" + id + "/table", secretariat, Map.of("symbol", "A/C.3/80/L.81")).status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + id + "/open-action", secretariat, Map.of("meeting", "45th meeting")).status()).isEqualTo(200);
        List<JsonNode> members = new ArrayList<>();
        http().get("/api/member-states", secretariat).json().forEach(s -> {
            if (!s.get("observer").asBoolean()) {
                members.add(s);
            }
        });
        assertThat(members).hasSize(193);

        // The voting system's result: names and codes, various spellings of the vote; the last
        // three States are left out, and one line names no State.
        StringBuilder pasted = new StringBuilder();
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (int i = 0; i < 190; i++) {
            JsonNode s = members.get(i);
            String who = i % 2 == 0 ? s.get("name").asText() : s.get("code").asText();
            String vote = i % 10 == 3 ? "No" : i % 10 == 7 ? "abstain" : i % 3 == 0 ? "Y" : "Yes";
            switch (vote) {
                case "No" -> no++;
                case "abstain" -> abstain++;
                default -> yes++;
            }
            pasted.append(who).append(i % 4 == 0 ? "\t" : ", ").append(vote).append('\n');
            if (i == 41) {
                pasted.append("Atlantis Yes\n");
            }
        }

        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("secretariat", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.clickable(By.xpath("//details[.//form[@data-action='record-action']]/summary")).click();
            WebElement action = browser.visible(By.cssSelector("[data-action=record-action]"));
            new Select(action.findElement(By.name("decision"))).selectByValue("RECORDED_VOTE");
            browser.until(d -> action.findElements(By.cssSelector(".vote-grid fieldset")).size() == 193);
            action.findElement(By.cssSelector(".paste-votes summary")).click();
            WebElement box = action.findElement(By.name("pasted-votes"));
            browser.script("arguments[0].value = arguments[1]", box, pasted.toString());
            action.findElement(By.xpath(".//button[normalize-space()='Take the votes from this list']")).click();
            WebElement refused = browser.visible(By.cssSelector("[data-testid=paste-refused]"));
            assertThat(refused.getText()).contains("1 line refused").contains("Line 43").contains("Atlantis");
            assertThat(browser.text("[data-testid=tally]")).isEqualTo("Yes 0 — No 0 — Abstain 0 — Absent 193");
            browser.screenshot("vote-01-line-refused");

            browser.script("arguments[0].value = arguments[0].value.replace('Atlantis Yes\\n', '')", box);
            action.findElement(By.xpath(".//button[normalize-space()='Take the votes from this list']")).click();
            browser.until(d -> !refused.isDisplayed());
            assertThat(browser.text("[data-testid=tally]")).isEqualTo("Yes " + yes + " — No " + no + " — Abstain " + abstain + " — Absent 3");
            action.findElement(By.cssSelector("button[data-remaining=NO]")).click();
            String tally = "Yes " + yes + " — No " + (no + 3) + " — Abstain " + abstain + " — Absent 0";
            assertThat(browser.text("[data-testid=tally]")).isEqualTo(tally);
            action.findElement(By.name("meeting")).sendKeys("45th meeting");
            browser.screenshot("vote-02-grid-filled");

            action.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement dialog = browser.visible(By.cssSelector("dialog[open][data-testid=confirm-dialog]"));
            assertThat(dialog.findElement(By.cssSelector("[data-testid=summary-tally]")).getText()).isEqualTo(tally);
            String lastState = members.get(192).get("name").asText();
            assertThat(dialog.findElement(By.cssSelector("[data-testid=against]")).getText()).contains(lastState);
            browser.screenshot("vote-03-summary-to-confirm");
            // Going back records nothing.
            dialog.findElement(By.xpath(".//button[normalize-space()='Go back']")).click();
            assertThat(http().get("/api/drafts/" + id, secretariat).json().get("stage").asText()).isEqualTo("IN_ACTION");
            action.findElement(By.cssSelector("button[type=submit]")).click();
            browser.confirm();

            browser.until(d -> !d.findElements(By.cssSelector("[data-testid=recorded-lists]")).isEmpty());
            // Live refreshes may rebuild the decisions panel while it is read: each read finds it afresh.
            assertThat(browser.text("[data-testid=recorded-lists] [data-testid=in-favour]")).contains(members.get(0).get("name").asText());
            assertThat(browser.text("[data-testid=recorded-lists] [data-testid=against]")).contains(lastState)
                    .contains(members.get(3).get("name").asText());
            assertThat(browser.text("[data-testid=recorded-lists] [data-testid=abstaining]")).contains(members.get(7).get("name").asText());
            assertThat(browser.text("[data-testid=recorded-lists]")).contains("In favour (" + yes + ")").contains("Against (" + (no + 3) + ")")
                    .contains("Abstaining (" + abstain + ")");
            browser.script("document.querySelector('[data-testid=recorded-lists]').scrollIntoView()");
            browser.screenshot("vote-04-lists");
            Http.Response draft = http().get("/api/drafts/" + id, secretariat);
            JsonNode decision = draft.json().get("procedure").get("decisions").get("decisions").get(0);
            assertThat(decision.get("tally").get("yes").asInt()).isEqualTo(yes);
            assertThat(decision.get("tally").get("no").asInt()).isEqualTo(no + 3);
            assertThat(decision.get("tally").get("absent").asInt()).isZero();
        }
    }
}
