package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record as the UN publishes it, over the API on a database of its own: numbers given by the
 * plenary, every step dated (and refused out of order), the report without a paragraph, the issue
 * date, the order of voting with a no-action motion and the proposal last, oral revisions, group
 * amendments, who voted how, names as of the session, informal proposals that lapse.
 */
class OfficialRecordIT {
    private static EmbeddedServer server;
    private static Http http;
    private static Accounts accounts;
    private static List<String> voters;

    @BeforeAll
    static void start() {
        FreshDatabase database = FreshDatabase.create();
        server = database.startServer();
        http = new Http(server.getURI());
        accounts = server.getApplicationContext().getBean(Accounts.class);
        voters = server.getApplicationContext().getBean(MemberStates.class).all().stream().filter(s -> !s.observer())
                .map(MemberState::code).toList();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Procedure procedure() {
        return new Procedure(http, accounts);
    }

    /** Seed 004 tabled on 30 October 2025, approved without a vote at the 50th meeting on 18 November, in the report. */
    private static long reported(Procedure p, Integer paragraph) {
        long id = p.zeroDraft();
        p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
        p.ok(id, "open-action", p.secretariat(), Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
        Map<String, Object> report = new LinkedHashMap<>(Map.of("symbol", "A/80/463", "recommendation", "IV", "date", "2025-12-01"));
        if (paragraph != null) {
            report.put("paragraph", paragraph);
        }
        p.ok(id, "report", p.secretariat(), report);
        return id;
    }

    private static Map<String, Object> plenary(String number) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("decision", "WITHOUT_VOTE", "meeting", "53rd plenary meeting",
                "date", "2025-12-16"));
        if (number != null) {
            body.put("number", number);
        }
        return body;
    }

    @Test
    void the_plenary_gives_the_number_proposes_the_next_free_one_and_refuses_one_already_held() {
        Procedure p = procedure();
        String secretariat = p.secretariat();
        assertThat(http.put("/api/sessions/80/numbering/resolutions", p.delegate("FRA"), Map.of("lastNumber", 185)).status())
                .isEqualTo(403);
        Http.Response set = http.put("/api/sessions/80/numbering/resolutions", secretariat, Map.of("lastNumber", 185));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("next").asText()).isEqualTo("80/186");

        long first = reported(p, 26);
        assertThat(http.get("/api/drafts/" + first + "/plenary/proposed-number", secretariat).json().get("proposed").asText())
                .isEqualTo("80/186");
        JsonNode adopted = p.ok(first, "plenary", secretariat, plenary("80/186"));
        assertThat(adopted.get("symbol").asText()).isEqualTo("A/RES/80/186");

        long second = reported(procedure(), 27);
        Http.Response taken = p.step(second, "plenary", secretariat, plenary("80/186"));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.json().get("draftId").asLong()).isEqualTo(first);
        assertThat(taken.json().get("detail").asText()).contains("80/186", "draft " + first, "A/RES/80/186");
        Http.Response otherSession = p.step(second, "plenary", secretariat, plenary("79/5"));
        assertThat(otherSession.status()).isEqualTo(422);
        assertThat(otherSession.json().get("detail").asText()).contains("79th session", "80th");
        assertThat(p.step(second, "plenary", secretariat, plenary("80/186 bis")).status()).isEqualTo(422);

        JsonNode next = p.ok(second, "plenary", secretariat, plenary(null));
        assertThat(next.get("symbol").asText()).isEqualTo("A/RES/80/187");

        long third = reported(procedure(), 28);
        assertThat(p.ok(third, "plenary", secretariat, plenary("250")).get("symbol").asText()).isEqualTo("A/RES/80/250");
        assertThat(http.get("/api/sessions/80/numbering/resolutions", secretariat).json().get("next").asText()).isEqualTo("80/251");
    }

    @Test
    void every_step_is_dated_a_step_out_of_order_or_in_the_future_is_refused_and_the_history_reads_by_date() {
        Procedure p = procedure();
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        assertThat(http.post("/api/drafts/" + id + "/cosponsors", p.delegate("CHL"), Map.of("date", "2025-10-25")).status()).isEqualTo(200);
        p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
        assertThat(http.post("/api/drafts/" + id + "/cosponsors", p.delegate("PER"), Map.of("date", "2025-11-02")).status()).isEqualTo(200);

        Http.Response early = p.step(id, "open-action", secretariat, Map.of("date", "2025-10-29", "meeting", "50th meeting"));
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().get("previousStep").asText()).isEqualTo("co-sponsorship of Peru");
        assertThat(early.json().get("previousDate").asText()).isEqualTo("2025-11-02");
        assertThat(early.json().get("detail").asText()).contains("2025-10-29", "2025-11-02");
        String future = LocalDate.now(ZoneId.of("America/New_York")).plusDays(3).toString();
        Http.Response later = p.step(id, "open-action", secretariat, Map.of("date", future));
        assertThat(later.status()).isEqualTo(422);
        assertThat(later.json().get("type").asText()).endsWith("date-in-future");
        assertThat(p.step(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50st meeting")).status())
                .isEqualTo(422);
        assertThat(p.step(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th plenary meeting")).status())
                .isEqualTo(422);

        p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        p.ok(id, "action", secretariat, Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));

        JsonNode sponsorship = p.read(id).get("procedure").get("sponsorship");
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        sponsorship.get("coSponsors").forEach(c -> byCode.put(c.get("code").asText(), c));
        assertThat(byCode.get("CHL").get("joinedOn").asText()).isEqualTo("2025-10-25");
        assertThat(byCode.get("CHL").get("joinedAfterTabling").asBoolean()).isFalse();
        assertThat(byCode.get("PER").get("joinedOn").asText()).isEqualTo("2025-11-02");
        assertThat(byCode.get("PER").get("joinedAfterTabling").asBoolean()).isTrue();
        assertThat(sponsorship.get("subsequentlyJoined").asText()).contains("Peru").doesNotContain("Chile");

        JsonNode events = http.get("/api/drafts/" + id + "/history", secretariat).json().get("events");
        List<String> dates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        events.forEach(e -> {
            dates.add(e.get("date").asText());
            texts.add(e.get("text").asText());
        });
        assertThat(dates).isSorted();
        assertThat(texts).contains("25 Oct 2025 — Chile joined as co-sponsor",
                "30 Oct 2025 — tabled as A/C.3/80/L.1 by Belarus, Democratic People's Republic of Korea, Russian Federation and"
                        + " Venezuela (Bolivarian Republic of)",
                "2 Nov 2025 — Peru joined as co-sponsor",
                "18 Nov 2025 — action opened; the list of co-sponsors closed (50th meeting)",
                "18 Nov 2025 — adopted without a vote (50th meeting)");
        JsonNode tabling = null;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("draft.tabled")) {
                tabling = e;
            }
        }
        assertThat(tabling).isNotNull();
        assertThat(tabling.get("at").asText()).startsWith(LocalDate.now(ZoneId.of("UTC")).getYear() + "-");
        assertThat(tabling.get("date").asText()).isEqualTo("2025-10-30");
    }

    @Test
    void a_step_given_no_date_happens_today() {
        Procedure p = procedure();
        long id = p.zeroDraft();
        assertThat(http.post("/api/drafts/" + id + "/cosponsors", p.delegate("URY"), "").status()).isEqualTo(200);
        JsonNode joined = p.read(id).get("procedure").get("sponsorship").get("coSponsors").get(0);
        assertThat(joined.get("joinedOn").asText()).isEqualTo(LocalDate.now(ZoneId.of("America/New_York")).toString());
        Http.Response back = p.step(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.json().get("previousStep").asText()).isEqualTo("co-sponsorship of Uruguay");
    }

    @Test
    void a_report_without_a_paragraph_heads_the_resolution_without_one_and_the_issue_date_is_printed_under_distr_general() {
        Procedure p = procedure();
        String secretariat = p.secretariat();
        long id = reported(p, null);
        assertThat(p.read(id).get("procedure").get("decisions").get("report").get("paragraph").isNull()).isTrue();
        p.ok(id, "plenary", secretariat, plenary("80/190"));
        assertThat(p.step(id, "issue", p.delegate("BLR"), Map.of("date", "2026-01-12")).status()).isEqualTo(403);
        Http.Response beforeAdoption = p.step(id, "issue", secretariat, Map.of("date", "2025-12-15"));
        assertThat(beforeAdoption.status()).isEqualTo(422);
        assertThat(beforeAdoption.json().get("previousStep").asText()).isEqualTo("adoption in plenary");
        p.ok(id, "issue", secretariat, Map.of("date", "2026-01-12"));
        assertThat(p.step(id, "issue", secretariat, Map.of("date", "2026-01-13")).status()).isEqualTo(409);

        String text = p.text(id, null);
        assertThat(text).startsWith("General Assembly\n\nA/RES/80/190\n\nDistr.: General\n12 January 2026\n\nEightieth session\n");
        assertThat(text).contains("Resolution adopted by the General Assembly on 16 December 2025\n\n"
                + "[on the report of the Third Committee (A/80/463)]\n\n80/190. Improving");
        assertThat(http.get("/api/drafts/" + id + "/history", secretariat).body()).contains("12 Jan 2026 — issued as A/RES/80/190");
    }

    @Test
    void the_order_of_voting_puts_a_no_action_motion_first_and_the_proposal_last_and_refuses_votes_out_of_order() {
        Procedure p = procedure();
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        String symbol = p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30")).get("symbol").asText();
        p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        int a1 = propose(id, "FRA", Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"), null);
        int a2 = propose(id, "EGY", Map.of("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis",
                "text", "five-year basis"), "the Group of African States");
        assertThat(http.post("/api/drafts/" + id + "/divisions", p.delegate("USA"), Map.of("paragraph", "OP1")).status()).isEqualTo(201);
        assertThat(http.put("/api/drafts/" + id + "/amendments/voting-order", secretariat,
                Map.of("order", List.of("A" + a1, "A" + a2, "D1", "P"))).status()).isEqualTo(200);

        Http.Response motion = p.step(id, "motions", secretariat, Map.of("kind", "NO_ACTION", "memberState", "CHN",
                "date", "2025-11-18", "meeting", "50th meeting"));
        assertThat(motion.status()).as(motion.toString()).isEqualTo(200);
        assertThat(p.step(id, "motions", secretariat, Map.of("kind", "NO_ACTION", "memberState", "BLR")).status()).isEqualTo(422);
        JsonNode order = http.get("/api/drafts/" + id + "/amendments/voting-order", secretariat).json();
        assertThat(refs(order)).containsExactly("M1", "A" + a1, "A" + a2, "D1", "P");
        assertThat(order.get("descriptions").get("P").asText()).isEqualTo("the draft resolution " + symbol);

        Http.Response amendmentFirst = vote(id, "A" + a1, Map.of("method", "WITHOUT_VOTE"));
        assertThat(amendmentFirst.status()).isEqualTo(409);
        assertThat(amendmentFirst.json().get("first").asText()).isEqualTo("M1");
        Http.Response proposalFirst = p.step(id, "action", secretariat, Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting",
                "date", "2025-11-18"));
        assertThat(proposalFirst.status()).isEqualTo(409);
        assertThat(proposalFirst.json().get("first").asText()).isEqualTo("M1");

        JsonNode motionRejected = p.ok(id, "action", secretariat, Map.of("decision", "NO_ACTION_MOTION", "ballots",
                Procedure.ballots(50, 100, 20, voters), "meeting", "50th meeting", "date", "2025-11-18"));
        assertThat(motionRejected.get("stage").asText()).isEqualTo("IN_ACTION");

        Http.Response outOfOrder = vote(id, "A" + a2, Map.of("method", "WITHOUT_VOTE"));
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.json().get("first").asText()).isEqualTo("A" + a1);
        assertThat(outOfOrder.json().get("detail").asText()).contains("A" + a1, "A" + a2);
        Map<String, String> ballots = new LinkedHashMap<>(Procedure.ballots(80, 60, 10, voters));
        ballots.put("TUR", "YES");
        ballots.put("CIV", "YES");
        long yes = ballots.values().stream().filter("YES"::equals).count();
        Http.Response decided = vote(id, "A" + a2, Map.of("method", "RECORDED_VOTE", "ballots", ballots,
                "committeeDecision", "On the proposal of the Chair, the Committee decided to vote first on the amendment of Egypt"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(vote(id, "A" + a1, Map.of("method", "WITHOUT_VOTE", "adopted", false)).status()).isEqualTo(200);
        assertThat(vote(id, "D1", Map.of("method", "WITHOUT_VOTE")).status()).isEqualTo(200);

        JsonNode after = http.get("/api/drafts/" + id + "/amendments/voting-order", secretariat).json();
        assertThat(refs(after).get(refs(after).size() - 1)).isEqualTo("P");
        assertThat(after.get("descriptions").get("P").asText()).isEqualTo("the draft resolution " + symbol + ", as amended");
        p.ok(id, "action", secretariat, Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));

        JsonNode history = http.get("/api/drafts/" + id + "/history", secretariat).json().get("events");
        JsonNode voted = null;
        List<String> texts = new ArrayList<>();
        for (JsonNode e : history) {
            texts.add(e.get("text").asText());
            if (e.get("type").asText().equals("amendment.voted") && e.get("recordedVote") != null && !e.get("recordedVote").isNull()) {
                voted = e;
            }
        }
        assertThat(texts).anyMatch(t -> t.startsWith("18 Nov 2025 — China moved that no action be taken on the draft (rule 116)"));
        assertThat(texts).anyMatch(t -> t.equals("18 Nov 2025 — amendment " + a2 + " proposed by Egypt, on behalf of the Group of African States"));
        assertThat(texts).anyMatch(t -> t.contains("amendment " + a2 + " adopted by a recorded vote of ")
                && t.contains("(50th meeting); voted out of the order of voting as the Committee decided: On the proposal of the Chair"));
        assertThat(texts).noneMatch(t -> t.contains("amendment amendment") || t.contains("abstentions by a recorded vote"));
        assertThat(texts).anyMatch(t -> t.equals("18 Nov 2025 — separate vote on OP1: paragraph retained without a vote (50th meeting)"));
        assertThat(voted).isNotNull();
        List<String> inFavour = new ArrayList<>();
        voted.get("recordedVote").get("inFavour").forEach(n -> inFavour.add(n.asText()));
        assertThat(inFavour).hasSize((int) yes).contains("Türkiye", "Côte d'Ivoire", "Costa Rica").isSortedAccordingTo(
                java.text.Collator.getInstance(java.util.Locale.ENGLISH));
        assertThat(inFavour.indexOf("Côte d'Ivoire")).isEqualTo(inFavour.indexOf("Costa Rica") + 1);
        assertThat(inFavour.get(0)).isEqualTo("Afghanistan");
        assertThat(voted.get("recordedVoteText").asText()).startsWith("In favour:\nAfghanistan, ")
                .contains("\nAgainst:\n", "\nAbstaining:\n").endsWith(yes + " in favour, 60 against and 10 abstentions.");

        JsonNode decisions = p.read(id).get("procedure").get("decisions").get("decisions");
        JsonNode amendmentDecision = null;
        for (JsonNode d : decisions) {
            if (d.get("subjectType").asText().equals("AMENDMENT") && d.get("recordedVote") != null && !d.get("recordedVote").isNull()) {
                amendmentDecision = d;
            }
        }
        assertThat(amendmentDecision).isNotNull();
        assertThat(amendmentDecision.get("date").asText()).isEqualTo("2025-11-18");
        assertThat(amendmentDecision.get("meeting").asText()).isEqualTo("50th meeting");
        assertThat(amendmentDecision.get("recordedVote").get("against")).hasSize(60);

        JsonNode group = http.get("/api/drafts/" + id + "/amendments/" + a2, secretariat).json();
        assertThat(group.get("onBehalfOf").asText()).isEqualTo("the Group of African States");
        assertThat(group.get("proposedBy").asText()).isEqualTo("Egypt, on behalf of the Group of African States");
    }

    @Test
    void an_oral_revision_is_read_out_by_a_main_sponsor_keeps_its_opening_phrase_once_and_moves_footnotes_with_their_words() {
        Procedure p = procedure();
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
        p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        JsonNode pp5 = paragraph(p.read(id), "PP5");
        assertThat(pp5.get("openingPhrase").asText()).isEqualTo("Recalling");
        String old = pp5.get("text").asText();
        assertThat(old).startsWith("the adoption by the General Assembly of the 2030 Agenda for Sustainable Development,");
        String revised = old.replace("of the 2030 Agenda", "of the ambitious and transformative 2030 Agenda");

        Http.Response repeated = p.step(id, "oral-revisions", secretariat, Map.of("memberState", "BLR",
                "changes", List.of(Map.of("paragraph", "PP5", "text", "Recalling " + revised))));
        assertThat(repeated.status()).isEqualTo(422);
        assertThat(repeated.json().get("type").asText()).endsWith("opening-phrase-repeated");
        assertThat(p.step(id, "oral-revisions", secretariat, Map.of("changes", List.of(Map.of("paragraph", "PP5", "text", revised))))
                .status()).isEqualTo(422);
        assertThat(p.step(id, "oral-revisions", secretariat, Map.of("memberState", "FRA",
                "changes", List.of(Map.of("paragraph", "PP5", "text", revised)))).status()).isEqualTo(422);

        p.ok(id, "oral-revisions", secretariat, Map.of("memberState", "RUS", "date", "2025-11-18", "meeting", "50th meeting",
                "changes", List.of(Map.of("paragraph", "PP5", "text", revised,
                        "footnotes", List.of(Map.of("after", "Sustainable Development Goals", "text", "Resolution 70/1, para. 54."))))));
        JsonNode draft = p.read(id);
        JsonNode after = paragraph(draft, "PP5");
        assertThat(after.get("openingPhrase").asText()).isEqualTo("Recalling");
        String text = after.get("text").asText();
        assertThat(text).isEqualTo(revised);
        JsonNode refs = after.get("footnoteRefs");
        int development = text.indexOf("Sustainable Development,") + "Sustainable Development,".length();
        int goals = text.indexOf("Sustainable Development Goals") + "Sustainable Development Goals".length();
        assertThat(refs.get(0).get("offset").asInt()).isEqualTo(development);
        assertThat(refs.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(refs.get(1).get("offset").asInt()).isEqualTo(goals);
        assertThat(refs.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(footnote(draft, 2)).isEqualTo("Resolution 70/1, para. 54.");
        assertThat(footnote(draft, 3)).isEqualTo("Target 5.2.");
        assertThat(p.text(id, null)).contains("*Recalling* the adoption by the General Assembly of the ambitious and transformative 2030")
                .doesNotContain("Recalling* Recalling", "Recalling* *Recalling");
        assertThat(http.get("/api/drafts/" + id + "/history", secretariat).body())
                .contains("18 Nov 2025 — orally revised, read out by Russian Federation (50th meeting)");
    }

    @Test
    void a_state_renamed_since_is_printed_with_the_name_it_bore_in_the_session() {
        Procedure p = procedure();
        long old = Seeds.importSeed(http, p.delegate("BLR"), Seeds.DRAFT_74);
        assertThat(http.post("/api/drafts/" + old + "/cosponsors", p.delegate("TUR"), Map.of("date", "2019-10-20")).status()).isEqualTo(200);
        assertThat(http.post("/api/drafts/" + old + "/cosponsors", p.delegate("SWZ"), Map.of("date", "2019-10-21")).status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        p.read(old).get("procedure").get("sponsorship").get("coSponsors").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly("Eswatini", "Turkey");
        assertThat(http.get("/api/drafts/" + old + "/history", p.secretariat()).body()).contains("20 Oct 2019 — Turkey joined as co-sponsor");

        long current = p.zeroDraft();
        assertThat(http.post("/api/drafts/" + current + "/cosponsors", p.delegate("TUR"), Map.of("date", "2025-10-20")).status())
                .isEqualTo(200);
        assertThat(p.read(current).get("procedure").get("sponsorship").get("coSponsors").get(0).get("name").asText()).isEqualTo("Türkiye");
    }

    @Test
    void informal_proposals_still_pending_at_tabling_lapse() {
        Procedure p = procedure();
        long id = p.zeroDraft();
        int informal = propose(id, "FRA", Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"), null);
        p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30"));
        JsonNode lapsed = http.get("/api/drafts/" + id + "/amendments/" + informal, p.secretariat()).json();
        assertThat(lapsed.get("status").asText()).isEqualTo("LAPSED");
        assertThat(http.get("/api/drafts/" + id + "/amendments?status=pending", p.secretariat()).json().get("total").asInt()).isZero();
        assertThat(http.get("/api/drafts/" + id + "/history", p.secretariat()).body())
                .contains("30 Oct 2025 — informal proposals " + informal + " lapsed: consultations ended when the draft was tabled as A/C.3/80/L.");
    }

    private static int propose(long id, String state, Map<String, Object> operation, String onBehalfOf) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("operations", List.of(operation)));
        if (onBehalfOf != null) {
            body.put("onBehalfOf", onBehalfOf);
        }
        Http.Response r = http.post("/api/drafts/" + id + "/amendments", accounts.delegate(http, state), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("number").asInt();
    }

    private static Http.Response vote(long id, String ref, Map<String, Object> body) {
        Map<String, Object> dated = new LinkedHashMap<>(body);
        dated.putIfAbsent("date", "2025-11-18");
        dated.putIfAbsent("meeting", "50th meeting");
        String path = ref.startsWith("A") ? "/amendments/" + ref.substring(1) : "/divisions/" + ref.substring(1);
        return http.post("/api/drafts/" + id + path + "/vote", accounts.secretariat(http), dated);
    }

    private static List<String> refs(JsonNode order) {
        List<String> out = new ArrayList<>();
        order.get("items").forEach(i -> out.add(i.get("ref").asText()));
        return out;
    }

    private static JsonNode paragraph(JsonNode draft, String label) {
        for (JsonNode p : draft.get("paragraphs")) {
            if (p.get("label").asText().equals(label)) {
                return p;
            }
        }
        throw new AssertionError("no " + label);
    }

    private static String footnote(JsonNode draft, int number) {
        for (JsonNode f : draft.get("footnotes")) {
            if (f.get("number").asInt() == number) {
                return f.get("text").asText();
            }
        }
        throw new AssertionError("no footnote " + number);
    }
}
