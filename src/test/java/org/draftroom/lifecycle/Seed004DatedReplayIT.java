package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004 replayed from its zero draft to a resolution under a number the plenary gave it, every
 * step dated as the record dates it: once with the first page of seed 001 (the report's paragraph
 * in the heading, "Distr.: General" and the issue date), once with that of seed 003 (no paragraph).
 */
class Seed004DatedReplayIT {

    @Test
    void with_the_first_page_of_seed_001_the_heading_cites_para_26_and_the_issue_date_is_under_distr_general() {
        String text = replay(26, "A/80/463", "80/186", "2026-01-12");
        assertThat(text).startsWith("""
                General Assembly

                A/RES/80/186

                Distr.: General
                12 January 2026

                Eightieth session

                Agenda item 107

                Crime prevention and criminal justice

                Resolution adopted by the General Assembly on 16 December 2025

                [on the report of the Third Committee (A/80/463, para. 26)]

                80/186. Improving the coordination of efforts against trafficking in persons

                The General Assembly,
                """);
        assertThat(text).contains("\n53rd plenary meeting\n16 December 2025\n");
    }

    @Test
    void with_the_first_page_of_seed_003_the_heading_cites_the_report_without_a_paragraph() {
        String text = replay(null, "A/80/463/Add.2", "80/231", "2026-01-23");
        assertThat(text).startsWith("""
                General Assembly

                A/RES/80/231

                Distr.: General
                23 January 2026

                Eightieth session

                Agenda item 107

                Crime prevention and criminal justice

                Resolution adopted by the General Assembly on 16 December 2025

                [on the report of the Third Committee (A/80/463/Add.2)]

                80/231. Improving the coordination of efforts against trafficking in persons
                """);
        assertThat(text).doesNotContain("para. ");
    }

    /** The whole procedure; answers the resolution's text after checking its history reads in procedural order with its dates. */
    private static String replay(Integer paragraph, String report, String number, String issuedOn) {
        FreshDatabase database = FreshDatabase.create();
        try (EmbeddedServer server = database.startServer()) {
            Http http = new Http(server.getURI());
            Accounts accounts = server.getApplicationContext().getBean(Accounts.class);
            Procedure p = new Procedure(http, accounts);
            String secretariat = p.secretariat();
            List<String> voters = server.getApplicationContext().getBean(MemberStates.class).all().stream()
                    .filter(s -> !s.observer()).map(MemberState::code).toList();
            List<String> others = voters.stream().filter(c -> !Procedure.SEED_004_SPONSORS.contains(c)).limit(12).toList();

            long id = p.zeroDraft();
            for (String state : others.subList(0, 4)) {
                assertThat(http.post("/api/drafts/" + id + "/cosponsors", p.delegate(state), Map.of("date", "2025-10-10")).status())
                        .isEqualTo(200);
            }
            assertThat(p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-14")).get("symbol").asText())
                    .isEqualTo("A/C.3/80/L.1");
            for (String state : others.subList(4, 12)) {
                assertThat(http.post("/api/drafts/" + id + "/cosponsors", p.delegate(state), Map.of("date", "2025-11-03")).status())
                        .isEqualTo(200);
            }
            p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));
            p.ok(id, "oral-revisions", secretariat, Map.of("memberState", "BLR", "date", "2025-11-18", "meeting", "50th meeting",
                    "changes", List.of(Map.of("paragraph", "OP38", "text", "the Secretary-General to submit a report on the"
                            + " implementation of the present resolution to the General Assembly at its eighty-second session;"))));
            p.ok(id, "action", secretariat, Map.of("decision", "RECORDED_VOTE", "ballots", Procedure.ballots(120, 10, 30, voters),
                    "meeting", "50th meeting", "date", "2025-11-18"));
            Map<String, Object> reportBody = new LinkedHashMap<>(Map.of("symbol", report, "recommendation", "IV", "date", "2025-12-05"));
            if (paragraph != null) {
                reportBody.put("paragraph", paragraph);
            }
            p.ok(id, "report", secretariat, reportBody);
            JsonNode adopted = p.ok(id, "plenary", secretariat, Map.of("decision", "WITHOUT_VOTE", "meeting", "53rd plenary meeting",
                    "date", "2025-12-16", "number", number));
            assertThat(adopted.get("symbol").asText()).isEqualTo("A/RES/" + number);
            p.ok(id, "issue", secretariat, Map.of("date", issuedOn));

            JsonNode events = http.get("/api/drafts/" + id + "/history", secretariat).json().get("events");
            List<String> dates = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            events.forEach(e -> {
                dates.add(e.get("date").asText());
                texts.add(e.get("text").asText());
            });
            assertThat(dates).isSorted();
            List<String> steps = texts.stream().filter(t -> !t.contains("joined as co-sponsor") && !t.contains("imported")).toList();
            assertThat(steps).containsSubsequence(
                    "14 Oct 2025 — tabled as A/C.3/80/L.1 by Belarus, Democratic People's Republic of Korea, Russian Federation and"
                            + " Venezuela (Bolivarian Republic of)",
                    "18 Nov 2025 — action opened; the list of co-sponsors closed (50th meeting)",
                    "18 Nov 2025 — orally revised, read out by Belarus (50th meeting)",
                    "18 Nov 2025 — adopted by a recorded vote of 120 to 10, with 30 abstentions (50th meeting)",
                    "5 Dec 2025 — included in the report of the Committee " + report + (paragraph == null ? "" : ", para. " + paragraph)
                            + ", as draft resolution IV",
                    "16 Dec 2025 — adopted without a vote as resolution " + number + " (53rd plenary meeting)");
            assertThat(texts.get(texts.size() - 1)).startsWith(java.time.LocalDate.parse(issuedOn).getDayOfMonth() + " Jan 2026 — issued as A/RES/" + number);
            assertThat(texts).filteredOn(t -> t.startsWith("10 Oct 2025 — ") && t.endsWith(" joined as co-sponsor")).hasSize(4);
            assertThat(texts).filteredOn(t -> t.startsWith("3 Nov 2025 — ") && t.endsWith(" joined as co-sponsor")).hasSize(8);

            JsonNode sponsorship = p.read(id).get("procedure").get("sponsorship");
            assertThat(sponsorship.get("coSponsorCount").asInt()).isEqualTo(12);
            int subsequently = 0;
            for (JsonNode c : sponsorship.get("coSponsors")) {
                subsequently += c.get("joinedAfterTabling").asBoolean() ? 1 : 0;
            }
            assertThat(subsequently).isEqualTo(8);
            return p.text(id, null);
        }
    }
}
