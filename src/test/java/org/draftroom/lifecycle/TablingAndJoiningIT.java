package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TablingAndJoiningIT extends ServerTest {
    @Inject
    RuntimeService runtime;
    @Inject
    DraftProcess process;

    @Test
    void a_new_zero_draft_has_its_process_waiting_in_consultations_with_the_list_of_co_sponsors_open() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        JsonNode draft = p.read(id, p.delegate("BLR"));
        assertThat(draft.get("stage").asText()).isEqualTo("CONSULTATIONS");
        String instance = draft.get("procedure").get("lifecycle").get("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
                .isEqualTo(String.valueOf(id));
        assertThat(process.activeTasks(instance)).containsExactly("consultations", "openForCoSponsors");
        assertThat(runtime.getVariables(instance)).containsOnlyKeys("draftId");
        assertThat(texts(draft.get("allowedActions"))).contains("table", "withdraw", "assign-facilitator")
                .doesNotContain("join-co-sponsorship", "open-action");
        assertThat(texts(p.read(id, p.delegate("FRA")).get("allowedActions"))).contains("join-co-sponsorship")
                .doesNotContain("table", "withdraw", "leave-co-sponsorship");
        assertThat(texts(p.read(id).get("allowedActions"))).contains("table", "assign-facilitator", "set-co-sponsorship-deadline")
                .doesNotContain("withdraw");
    }

    @Test
    void a_main_sponsor_tables_the_draft_which_gets_the_next_symbol_and_a_frozen_version_with_the_un_heading() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        p.join(id, "CHL");
        JsonNode tabled = p.table(id);
        assertThat(tabled.get("stage").asText()).isEqualTo("TABLED");
        String symbol = tabled.get("symbol").asText();
        assertThat(symbol).matches("A/C\\.3/80/L\\.\\d+");
        p.join(id, "PER", "ARG");

        JsonNode draft = p.read(id);
        assertThat(draft.get("version").get("label").asText()).isEqualTo(symbol);
        assertThat(draft.get("version").get("kind").asText()).isEqualTo("TABLED");
        JsonNode sponsorship = draft.get("procedure").get("sponsorship");
        assertThat(sponsorship.get("coSponsorCount").asInt()).isEqualTo(3);
        assertThat(sponsorship.get("subsequentlyJoined").asText())
                .isEqualTo("Subsequently, Argentina and Peru joined in sponsoring the draft resolution.");
        String text = p.text(id, null);
        assertThat(text).contains("\n" + symbol + "\n", "Distr.: Limited\n30 October 2025",
                "\nBelarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution\n");
    }

    @Test
    void a_delegate_of_another_state_cannot_table_and_tabling_twice_is_a_conflict_naming_the_stage() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        Http.Response foreign = p.step(id, "table", p.delegate("FRA"), Map.of());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        p.table(id);
        Http.Response again = p.step(id, "table", p.delegate("RUS"), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("stage").asText()).isEqualTo("TABLED");
        assertThat(texts(again.json().get("allowedActions"))).contains("revise", "withdraw").doesNotContain("table");
    }

    @Test
    void a_stale_if_match_is_refused_with_412() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        Http.Response r = http().post("/api/drafts/" + id + "/table", p.delegate("BLR"), Map.of(), "If-Match", "\"" + id + ".999\"");
        assertThat(r.status()).isEqualTo(412);
        String etag = http().get("/api/drafts/" + id, p.delegate("BLR")).header("ETag").orElseThrow();
        assertThat(http().post("/api/drafts/" + id + "/table", p.delegate("BLR"), Map.of(), "If-Match", etag).status()).isEqualTo(200);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
