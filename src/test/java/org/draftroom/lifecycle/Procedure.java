package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a draft through the procedure over HTTP, as the delegations and the secretariat would. Like a
 * replay of a real history, a step given no date happens on the day of the step before it (the
 * server itself would date it today; that default has its own tests).
 */
final class Procedure {
    static final List<String> SEED_004_SPONSORS = List.of("BLR", "PRK", "RUS", "VEN");
    /** Steps that take a procedural date. */
    private static final java.util.Set<String> DATED = java.util.Set.of("table", "revise", "withdraw", "open-action", "defer", "pbi",
            "oral-revisions", "action", "explanations-of-vote", "report", "plenary", "issue", "motions");
    /** The day consultations are held on, before anything is tabled. */
    static final String CONSULTATIONS = "2025-10-20";
    private final Http http;
    private final Accounts accounts;
    private String lastDate;

    Procedure(Http http, Accounts accounts) {
        this.http = http;
        this.accounts = accounts;
    }

    String secretariat() {
        return accounts.secretariat(http);
    }

    String delegate(String state) {
        return accounts.delegate(http, state);
    }

    /** Seed 004 imported by Belarus: a zero draft of Belarus, DPRK, the Russian Federation and Venezuela. */
    /** Belarus imports seed 004; the other three States printed as main sponsors confirm, each for itself. */
    long zeroDraft() {
        long id = Seeds.importSeed(http, delegate("BLR"), Seeds.DRAFT_80);
        for (String state : new String[] {"PRK", "RUS", "VEN"}) {
            Http.Response confirmed = http.post("/api/drafts/" + id + "/main-sponsors", delegate(state), "");
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        }
        return id;
    }

    JsonNode read(long id, String token) {
        Http.Response r = http.get("/api/drafts/" + id, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    JsonNode read(long id) {
        return read(id, secretariat());
    }

    Http.Response step(long id, String step, String token, Object body) {
        Object dated = body;
        if (DATED.contains(step) && lastDate != null && (body == null || body instanceof Map<?, ?> m && !m.containsKey("date"))) {
            Map<Object, Object> withDate = new LinkedHashMap<>(body == null ? Map.of() : (Map<?, ?>) body);
            withDate.put("date", lastDate);
            dated = withDate;
        }
        Http.Response r = http.post("/api/drafts/" + id + "/" + step, token, dated == null ? "" : dated);
        if (r.status() == 200 && dated instanceof Map<?, ?> m && m.get("date") != null) {
            lastDate = m.get("date").toString();
        }
        return r;
    }

    /** The day the next undated step happens on. */
    String lastDate() {
        return lastDate == null ? CONSULTATIONS : lastDate;
    }

    /** A step that must succeed; answers its response body. */
    JsonNode ok(long id, String step, String token, Object body) {
        Http.Response r = step(id, step, token, body);
        assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
        return r.json();
    }

    JsonNode table(long id) {
        return ok(id, "table", delegate("BLR"), Map.of("date", "2025-10-30"));
    }

    void join(long id, String... states) {
        for (String s : states) {
            Http.Response r = http.post("/api/drafts/" + id + "/cosponsors", delegate(s), Map.of("date", lastDate()));
            assertThat(r.status()).as("join " + s + ": " + r).isEqualTo(200);
        }
    }

    String text(long id, Integer version) {
        Http.Response r = http.get("/api/drafts/" + id + "/text" + (version == null ? "" : "?version=" + version), secretariat());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    static Map<String, String> ballots(int yes, int no, int abstain, List<String> codes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < yes + no + abstain; i++) {
            out.put(codes.get(i), i < yes ? "YES" : i < yes + no ? "NO" : "ABSTAIN");
        }
        return out;
    }

    String stage(long id) {
        return read(id).get("stage").asText();
    }
}
