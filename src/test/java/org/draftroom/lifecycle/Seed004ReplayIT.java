package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004 replayed end to end through the API, in a session where 19 Third Committee drafts and
 * 185 resolutions came before it: tabled as A/C.3/80/L.20, adopted as resolution 80/186.
 */
class Seed004ReplayIT {

    @Test
    void seed_004_tabled_as_l20_by_its_four_main_sponsors_with_40_co_sponsors_becomes_resolution_80_186() {
        FreshDatabase database = FreshDatabase.create();
        try (EmbeddedServer server = database.startServer()) {
            database.execute("INSERT INTO number_series (series, last_number) VALUES ('A/C.3/80/L.', 19), ('A/RES/80/', 185)");
            Http http = new Http(server.getURI());
            Procedure p = new Procedure(http, server.getApplicationContext().getBean(Accounts.class));
            List<String> others = server.getApplicationContext().getBean(MemberStates.class).all().stream()
                    .filter(s -> !s.observer()).map(MemberState::code)
                    .filter(c -> !Procedure.SEED_004_SPONSORS.contains(c)).limit(40).toList();

            long id = Seeds.importSeed(http, p.secretariat(), Seeds.DRAFT_80);
            p.ok(id, "facilitator", p.delegate("RUS"), Map.of("username", facilitator(p, server)));
            p.join(id, others.subList(0, 10).toArray(String[]::new));
            JsonNode tabled = p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
            assertThat(tabled.get("symbol").asText()).isEqualTo("A/C.3/80/L.20");
            p.join(id, others.subList(10, 40).toArray(String[]::new));
            assertThat(http.delete("/api/drafts/" + id + "/cosponsors/" + others.get(39), p.delegate(others.get(39))).status())
                    .isEqualTo(204);

            p.ok(id, "open-action", p.secretariat(), null);
            p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
            p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "IV"));
            JsonNode adopted = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE",
                    "meeting", "53rd plenary meeting", "date", "2025-12-16"));
            assertThat(adopted.get("stage").asText()).isEqualTo("ADOPTED");
            assertThat(adopted.get("symbol").asText()).isEqualTo("A/RES/80/186");

            JsonNode draft = p.read(id);
            JsonNode sponsorship = draft.get("procedure").get("sponsorship");
            assertThat(sponsorship.get("coSponsorCount").asInt()).isEqualTo(39);
            assertThat(sponsorship.get("subsequentlyJoined").asText()).startsWith("Subsequently, ")
                    .endsWith(" joined in sponsoring the draft resolution.");
            assertThat(draft.get("procedure").get("lifecycle").get("symbols").get(0).get("symbol").asText()).isEqualTo("A/C.3/80/L.20");

            String tabledText = p.text(id, 2);
            assertThat(tabledText).contains("A/C.3/80/L.20\n",
                    "Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution\n");
            String resolution = p.text(id, null);
            assertThat(resolution).startsWith("""
                    General Assembly

                    A/RES/80/186

                    Distr.: General

                    Eightieth session

                    Agenda item 107

                    Crime prevention and criminal justice

                    Resolution adopted by the General Assembly on 16 December 2025

                    [on the report of the Third Committee (A/80/463, para. 26)]

                    80/186. Improving the coordination of efforts against trafficking in persons

                    The General Assembly,
                    """);
            assertThat(resolution).contains("\n53rd plenary meeting\n16 December 2025\n\n¹ ");
            assertThat(http.get("/api/drafts/" + id + "/history", p.secretariat()).body())
                    .contains("tabled as A/C.3/80/L.20 by Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela");
        }
    }

    private static String facilitator(Procedure p, EmbeddedServer server) {
        server.getApplicationContext().getBean(Accounts.class).facilitator(new Http(server.getURI()));
        return "facilitator";
    }
}
