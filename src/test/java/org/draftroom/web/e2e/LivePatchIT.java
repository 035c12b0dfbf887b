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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegation's open draft follows others' steps from what the live events say: when the
 * facilitator accepts an amendment (over HTTP, elsewhere), the page shows it accepted, the
 * competing one superseded and the new text, reading only the new text and the decided amendments
 * (never the amendment list, the versions or the draft again and again); what the delegate is
 * typing keeps its focus; a burst of five proposals is read in once or a few times, not once per proposal.
 * The requests are counted by wrapping the page's own {@code fetch}, so every read the page makes
 * is seen.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class LivePatchIT extends ServerTest {
    private static final String CARD = "[data-testid=amendments] article.amendment[data-amendment='%d']";
    private static final String COUNT_REQUESTS = """
            window.requestsSeen = [];
            if (!window.fetchCounted) {
              const original = window.fetch;
              window.fetch = function (input, init) {
                const seen = { url: typeof input === 'string' ? input : input.url, method: (init && init.method) || 'GET' };
                window.requestsSeen.push(seen);
                return original.apply(this, arguments).then(r => { seen.status = r.status; return r; });
              };
              window.fetchCounted = true;
            }""";

    @Test
    void an_accepted_amendment_is_shown_from_its_event_reading_only_what_the_event_lacks() throws Exception {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        String facilitator = accounts.facilitator(http());
        assertThat(http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator")).status()).isEqualTo(200);
        propose(id, accounts.delegate(http(), "FRA"), "OP3", "closely follow", "monitor closely");
        propose(id, accounts.delegate(http(), "CHL"), "OP3", "closely follow", "keep under review");
        propose(id, accounts.delegate(http(), "MEX"), "OP5", "four-year", "three-year");
        accounts.delegate(http(), "BRA");
        String draft = "/api/drafts/" + id;

        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.signIn("bra", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.until(d -> "live".equals(d.findElement(By.cssSelector("[data-testid=live-state]")).getAttribute("data-state")));
            browser.until(d -> d.findElements(By.cssSelector("[data-testid=amendments] article.amendment")).size() == 3);
            // Brazil is writing a justification meanwhile.
            WebElement justification = browser.visible(By.cssSelector("#propose textarea[name=justification]"));
            justification.sendKeys("Brazil's reasons");
            countRequests(browser);

            JsonNode first = http().get(draft + "/amendments/1", secretariat).json();
            Http.Response accepted = http().post(draft + "/amendments/1/decision", facilitator, Map.of("decision", "ACCEPT", "reason", "Agreed"),
                    "If-Match", "\"a" + first.get("id").asLong() + "." + first.get("rowVersion").asLong() + "\"");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

            browser.until(d -> "ACCEPTED".equals(status(browser, 1)) && "SUPERSEDED".equals(status(browser, 2)));
            browser.until(d -> browser.text(".para[data-label='OP3'] .ptext").contains("monitor closely"));
            assertThat(browser.text(".para[data-label='OP3'] .ptext")).doesNotContain("closely follow");
            assertThat(browser.text(String.format(CARD, 1))).contains("Agreed");
            assertThat(status(browser, 3)).isEqualTo("PENDING");
            browser.until(d -> version(browser).startsWith("2"));
            browser.until(d -> browser.text("#announcer").contains("accepted"));
            assertThat(browser.text(".history")).contains("accepted");
            assertThat(browser.text(".versions")).contains("2.");
            browser.screenshot("live-patch-accepted");
            List<String> reads = requestsAfterQuiet(browser);
            assertThat(reads).as("what the page read after the acceptance")
                    .containsExactlyInAnyOrder("GET " + draft, "GET " + draft + "/history", "GET " + draft + "/amendments/1",
                            "GET " + draft + "/amendments/2");
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("name")).as("the focus stays where Brazil types").isEqualTo("justification");
            assertThat(focused.getAttribute("value")).isEqualTo("Brazil's reasons");

            // Five delegations propose at once: the page reads the list and the history once a burst, never the draft.
            countRequests(browser);
            Map<String, List<String>> proposed = Map.of("PER", List.of("OP6", "Secretary-General", "Secretariat"),
                    "BOL", List.of("OP5", "starting", "beginning"), "CUB", List.of("OP3", "monitor closely", "follow"),
                    "ECU", List.of("OP5", "four-year", "two-year"), "URY", List.of("OP3", "international protection", "protection"));
            proposed.keySet().forEach(state -> accounts.delegate(http(), state));
            List<CompletableFuture<Void>> proposals = proposed.entrySet().stream().map(p -> CompletableFuture.runAsync(() -> propose(id,
                    accounts.delegate(http(), p.getKey()), p.getValue().get(0), p.getValue().get(1), p.getValue().get(2)))).toList();
            CompletableFuture.allOf(proposals.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            browser.until(d -> d.findElements(By.cssSelector("[data-testid=amendments] article.amendment")).size() == 8);
            List<String> burst = requestsAfterQuiet(browser);
            assertThat(burst).as("what the page read for five proposals").doesNotContain("GET " + draft, "GET " + draft + "/versions")
                    .allMatch(r -> r.equals("GET " + draft + "/amendments?size=200") || r.equals("GET " + draft + "/history"));
            assertThat(burst.stream().filter(r -> r.contains("/amendments?")).count()).as("list reads for five proposals, in bursts")
                    .isBetween(1L, 3L);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("value")).isEqualTo("Brazil's reasons");
        }
    }

    private static void countRequests(Browser browser) throws InterruptedException {
        browser.script(COUNT_REQUESTS);
        requestsAfterQuiet(browser); // whatever the page was still reading
        browser.script("window.requestsSeen = []");
    }

    /** The requests the page made, once it has made none for a second: "GET /api/…". */
    @SuppressWarnings("unchecked")
    private static List<String> requestsAfterQuiet(Browser browser) throws InterruptedException {
        long count = -1;
        for (int i = 0; i < 40; i++) {
            long now = (Long) browser.script("return window.requestsSeen.length");
            if (now == count) {
                break;
            }
            count = now;
            TimeUnit.MILLISECONDS.sleep(1000);
        }
        return ((List<Object>) browser.script("return window.requestsSeen.map(r => r.method + ' ' + r.url)")).stream()
                .map(String::valueOf).toList();
    }

    private static String status(Browser browser, int number) {
        return (String) browser.script("const c = document.querySelector(arguments[0]); return c && c.dataset.status",
                String.format(CARD, number));
    }

    private static String version(Browser browser) {
        return (String) browser.script("const dt = [...document.querySelectorAll('.status dt')].find(x => x.textContent === 'Version');"
                + " return dt ? dt.nextElementSibling.textContent : ''");
    }

    private void propose(long id, String token, String paragraph, String quote, String text) {
        Http.Response r = http().post("/api/drafts/" + id + "/amendments", token, Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", paragraph, "quote", quote, "text", text))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
