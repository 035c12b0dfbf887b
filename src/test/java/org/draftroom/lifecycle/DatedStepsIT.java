package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps that are dated when the record gives their day: a facilitator's assignment, amendments
 * proposed and decided, the co-sponsorship deadline, leaving co-sponsorship, a division requested.
 * Each takes its date from the request, refuses one before the draft's latest step or outside its
 * session (422 naming the field), answers it, and the history lists the event on that day.
 */
@MicronautTest(transactional = false)
class DatedStepsIT extends ServerTest {
    private static final Map<String, Object> OP7 = Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July",
            "text", "30 June");

    @Test
    void consultations_and_sponsorship_take_the_day_they_happened() {
        Procedure p = new Procedure(http(), accounts);
        String secretariat = p.secretariat();
        String facilitator = accounts.facilitator(http());
        long id = p.zeroDraft();

        Http.Response otherSession = http().post("/api/drafts/" + id + "/facilitator", secretariat,
                Map.of("username", "facilitator", "date", "2025-09-08"));
        refused(otherSession, "date-outside-session");
        assertThat(otherSession.json().get("session").asInt()).isEqualTo(80);
        assertThat(otherSession.json().get("sessionOpened").asText()).isEqualTo("2025-09-09");
        assertThat(p.read(id).get("facilitator").isNull()).as("nobody assigned").isTrue();
        Http.Response assigned = http().post("/api/drafts/" + id + "/facilitator", secretariat,
                Map.of("username", "facilitator", "date", "2025-10-15"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("date").asText()).isEqualTo("2025-10-15");

        Http.Response before = propose(id, "FRA", Map.of("date", "2025-10-14"));
        refused(before, "date-before-previous-step");
        assertThat(before.json().get("previousStep").asText()).isEqualTo("assignment of the facilitator");
        assertThat(before.json().get("previousDate").asText()).isEqualTo("2025-10-15");
        refused(propose(id, "FRA", Map.of("meeting", "12th meeting")), "date-missing");
        assertThat(http().get("/api/drafts/" + id + "/amendments", secretariat).json().get("total").asInt())
                .as("a refused proposal leaves nothing behind").isZero();

        Http.Response proposed = propose(id, "FRA", Map.of("date", "2025-10-16"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.json().get("proposedOn").asText()).isEqualTo("2025-10-16");
        int number = proposed.json().get("number").asInt();
        Http.Response undated = propose(id, "CHL", Map.of());
        assertThat(undated.status()).as(undated.toString()).isEqualTo(201);
        assertThat(undated.json().get("proposedOn").isNull()).isTrue();

        Http.Response decided = http().post("/api/drafts/" + id + "/amendments/" + number + "/decision", facilitator,
                Map.of("decision", "ACCEPT", "reason", "agreed in the informal of 17 October", "date", "2025-10-17"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("decision").get("date").asText()).isEqualTo("2025-10-17");
        assertThat(http().get("/api/drafts/" + id + "/amendments/" + number, secretariat).json().get("decision").get("date").asText())
                .isEqualTo("2025-10-17");

        p.join(id, "CHL", "PER");
        p.table(id);
        Http.Response deadline = http().post("/api/drafts/" + id + "/cosponsorship-deadline", secretariat,
                Map.of("deadline", "2099-01-01T00:00:00Z", "date", "2025-11-01"));
        assertThat(deadline.status()).as(deadline.toString()).isEqualTo(200);
        assertThat(deadline.json().get("date").asText()).isEqualTo("2025-11-01");
        refused(http().post("/api/drafts/" + id + "/cosponsorship-deadline", secretariat,
                Map.of("deadline", "2099-01-01T00:00:00Z", "date", "2025-10-31")), "date-before-previous-step");

        Http.Response left = http().delete("/api/drafts/" + id + "/cosponsors/CHL?date=2025-11-03", p.delegate("CHL"));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().get("date").asText()).isEqualTo("2025-11-03");
        assertThat(left.json().get("memberState").asText()).isEqualTo("CHL");
        refused(http().delete("/api/drafts/" + id + "/cosponsors/PER?date=2025-11-02", p.delegate("PER")), "date-before-previous-step");
        Http.Response notADay = http().delete("/api/drafts/" + id + "/cosponsors/PER?date=3%20November", p.delegate("PER"));
        refused(notADay, "not-a-date");
        assertThat(coSponsors(p, id)).contains("PER").doesNotContain("CHL");

        List<String> lines = history(id, secretariat);
        assertThat(lines).containsSubsequence(
                "2025-10-15|true|15 Oct 2025 — facilitator assigned to lead informal consultations",
                "2025-10-16|true|16 Oct 2025 — amendment " + number + " proposed by France",
                "2025-10-17|true|17 Oct 2025 — amendment " + number + " accepted by the facilitator: agreed in the informal of 17 October",
                "2025-11-01|true|1 Nov 2025 — deadline for co-sponsorship set to 2099-01-01T00:00Z",
                "2025-11-03|true|3 Nov 2025 — Chile withdrew as co-sponsor");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2025-10-16|false|").contains("proposed by Chile"));
        assertThat(lines.stream().map(l -> l.substring(0, 10)).toList()).isSorted();
    }

    @Test
    void at_action_a_division_and_an_oral_amendment_carry_their_day_and_meeting() {
        Procedure p = new Procedure(http(), accounts);
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        p.table(id);
        p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));

        refused(http().post("/api/drafts/" + id + "/divisions", p.delegate("USA"),
                Map.of("paragraph", "OP7", "date", "2025-11-17", "meeting", "49th meeting")), "date-before-previous-step");
        refused(http().post("/api/drafts/" + id + "/divisions", p.delegate("USA"),
                Map.of("paragraph", "OP7", "date", "2025-11-18", "meeting", "50th plenary meeting")), "wrong-meeting-kind");
        Http.Response division = http().post("/api/drafts/" + id + "/divisions", p.delegate("USA"),
                Map.of("paragraph", "OP7", "date", "2025-11-18", "meeting", "50th meeting"));
        assertThat(division.status()).as(division.toString()).isEqualTo(201);
        assertThat(division.json().get("requestedOn").asText()).isEqualTo("2025-11-18");
        assertThat(division.json().get("requestedMeeting").asText()).isEqualTo("50th meeting");

        Http.Response oral = propose(id, "FRA", Map.of("date", "2025-11-19", "meeting", "51st meeting"));
        assertThat(oral.status()).as(oral.toString()).isEqualTo(201);
        assertThat(oral.json().get("proposedOn").asText()).isEqualTo("2025-11-19");
        assertThat(oral.json().get("proposedMeeting").asText()).isEqualTo("51st meeting");
        int number = oral.json().get("number").asInt();
        Http.Response voted = http().post("/api/drafts/" + id + "/amendments/" + number + "/vote", secretariat,
                Map.of("method", "WITHOUT_VOTE", "adopted", false, "date", "2025-11-19", "meeting", "51st meeting"));
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        assertThat(voted.json().get("decision").get("date").asText()).isEqualTo("2025-11-19");
        assertThat(voted.json().get("decision").get("meeting").asText()).isEqualTo("51st meeting");

        List<String> lines = history(id, secretariat);
        assertThat(lines).containsSubsequence(
                "2025-11-18|true|18 Nov 2025 — a separate vote requested on OP7 by United States of America (50th meeting)",
                "2025-11-19|true|19 Nov 2025 — amendment " + number + " proposed by France (51st meeting)");
    }

    /** The records of two sessions list the same States under the names the UN used on each day. */
    @Test
    void records_of_past_sessions_name_the_states_as_they_were_named_then() {
        Procedure p = new Procedure(http(), accounts);
        long of74 = org.draftroom.support.Seeds.importSeed(http(), p.delegate("BLR"), org.draftroom.support.Seeds.DRAFT_74);
        long of80 = p.zeroDraft();
        assertThat(p.read(of74).get("session").asInt()).isEqualTo(74);
        List<String> states = List.of("CZE", "MKD", "SWZ", "TUR");
        join(of74, states, "2019-10-21");
        join(of80, states, "2025-10-22");

        assertThat(coSponsorNames(p, of74)).containsExactlyInAnyOrder("Czechia", "North Macedonia", "Eswatini", "Turkey");
        assertThat(coSponsorNames(p, of80)).containsExactlyInAnyOrder("Czechia", "North Macedonia", "Eswatini", "Türkiye");
        assertThat(http().get("/api/drafts/" + of74 + "/history", p.secretariat()).body())
                .contains("21 Oct 2019 — Eswatini joined as co-sponsor", "21 Oct 2019 — Turkey joined as co-sponsor");
        assertThat(http().get("/api/drafts/" + of80 + "/history", p.secretariat()).body())
                .contains("22 Oct 2025 — Türkiye joined as co-sponsor");
    }

    private void join(long id, List<String> states, String date) {
        for (String state : states) {
            Http.Response r = http().post("/api/drafts/" + id + "/cosponsors", accounts.delegate(http(), state), Map.of("date", date));
            assertThat(r.status()).as(state + ": " + r).isEqualTo(200);
        }
    }

    private List<String> coSponsorNames(Procedure p, long id) {
        List<String> names = new ArrayList<>();
        p.read(id).get("procedure").get("sponsorship").get("coSponsors").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private Http.Response propose(long id, String state, Map<String, Object> dated) {
        Map<String, Object> body = new LinkedHashMap<>(dated);
        body.put("operations", List.of(OP7));
        return http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), state), body);
    }

    private static void refused(Http.Response r, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).endsWith(type);
        assertThat(r.json().has("field") || type.equals("wrong-meeting-kind")).as(r.toString()).isTrue();
        if (r.json().has("field")) {
            assertThat(r.json().get("field").asText()).isEqualTo("date");
        }
    }

    private List<String> coSponsors(Procedure p, long id) {
        List<String> codes = new ArrayList<>();
        p.read(id).get("procedure").get("sponsorship").get("coSponsors").forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    /** Each line as "date|dated|text". */
    private List<String> history(long id, String token) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : http().get("/api/drafts/" + id + "/history", token).json().get("events")) {
            lines.add(e.get("date").asText() + "|" + e.get("dated").asBoolean() + "|" + e.get("text").asText());
        }
        return lines;
    }
}
