package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The process and the draft live in the database: a restarted server continues from the draft's stage. */
class RestartMidLifecycleIT {

    @Test
    void a_draft_tabled_and_put_to_action_before_a_restart_is_approved_reported_and_adopted_after_it() {
        FreshDatabase database = FreshDatabase.create();
        long id;
        String symbol;
        String instance;
        try (EmbeddedServer first = database.startServer()) {
            Procedure p = new Procedure(new Http(first.getURI()), first.getApplicationContext().getBean(Accounts.class));
            id = p.zeroDraft();
            p.join(id, "CHL");
            symbol = p.table(id).get("symbol").asText();
            p.join(id, "PER");
            p.ok(id, "cosponsorship-deadline", p.secretariat(), Map.of("deadline", "2099-01-01T00:00:00Z"));
            p.ok(id, "open-action", p.secretariat(), null);
            instance = p.read(id).get("procedure").get("lifecycle").get("processInstanceId").asText();
            assertThat(first.getApplicationContext().getBean(DraftProcess.class).activeTasks(instance)).containsExactly("inAction");
        }
        try (EmbeddedServer second = database.startServer()) {
            Procedure p = new Procedure(new Http(second.getURI()), second.getApplicationContext().getBean(Accounts.class));
            JsonNode draft = p.read(id);
            assertThat(draft.get("stage").asText()).isEqualTo("IN_ACTION");
            assertThat(draft.get("symbol").asText()).isEqualTo(symbol);
            assertThat(draft.get("procedure").get("sponsorship").get("coSponsorCount").asInt()).isEqualTo(2);
            assertThat(draft.get("procedure").get("lifecycle").get("openTasks").toString()).isEqualTo("[\"inAction\"]");
            assertThat(TablingAndJoiningIT.texts(draft.get("allowedActions"))).contains("record-action", "record-oral-revision");

            p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "date", "2025-11-18"));
            p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "IV", "date", "2025-12-01"));
            JsonNode adopted = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE",
                    "meeting", "53rd plenary meeting", "date", "2025-12-16"));
            assertThat(adopted.get("stage").asText()).isEqualTo("ADOPTED");
            assertThat(adopted.get("symbol").asText()).isEqualTo("A/RES/80/1");
            assertThat(second.getApplicationContext().getBean(DraftProcess.class).activeTasks(instance)).isEmpty();
        }
    }
}
