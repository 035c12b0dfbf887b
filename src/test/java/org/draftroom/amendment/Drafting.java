package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.Accounts;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for amendment tests: a fresh seed 004 draft, operations as maps, reading paragraphs back. */
final class Drafting {
    private final Http http;
    private final Accounts accounts;
    private final Database database;

    Drafting(Http http, Accounts accounts, Database database) {
        this.http = http;
        this.accounts = accounts;
        this.database = database;
    }

    /** Imports seed 004 (main sponsors BLR, PRK, RUS, VEN) and assigns the test facilitator to it. */
    long draft() {
        long id = Seeds.importSeed(http, accounts.secretariat(http), Seeds.DRAFT_80);
        accounts.facilitator(http);
        Http.Response r = http.post("/api/drafts/" + id + "/facilitator", accounts.secretariat(http), Map.of("username", "facilitator"));
        if (r.status() != 200) {
            throw new AssertionError("Cannot assign the facilitator: " + r);
        }
        return id;
    }

    /** Belarus tables the draft; answers its symbol. */
    String table(long draftId) {
        Http.Response r = http.post("/api/drafts/" + draftId + "/table", accounts.delegate(http, "BLR"), Map.of("date", "2025-10-30"));
        if (r.status() != 200) {
            throw new AssertionError("Cannot table: " + r);
        }
        return r.json().get("symbol").asText();
    }

    /** The day the Committee acts on the drafts of these tests (its 50th meeting). */
    static final String ACTION_DAY = "2025-11-18";

    void openAction(long draftId) {
        Http.Response r = http.post("/api/drafts/" + draftId + "/open-action", accounts.secretariat(http),
                Map.of("date", ACTION_DAY, "meeting", "50th meeting"));
        if (r.status() != 200) {
            throw new AssertionError("Cannot open action: " + r);
        }
    }

    /** For stages no endpoint reaches directly in a test. */
    void stage(long draftId, String stage) {
        database.execute("UPDATE draft SET stage = '" + stage + "' WHERE id = " + draftId);
    }

    static Map<String, Object> op(Object... pairs) {
        Map<String, Object> op = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            op.put((String) pairs[i], pairs[i + 1]);
        }
        return op;
    }

    Http.Response propose(long draftId, String state, Object... operations) {
        return http.post("/api/drafts/" + draftId + "/amendments", accounts.delegate(http, state), Map.of("operations", List.of(operations)));
    }

    Http.Response proposeWith(long draftId, String state, Map<String, Object> body) {
        return http.post("/api/drafts/" + draftId + "/amendments", accounts.delegate(http, state), body);
    }

    /** Proposes and answers the new amendment's number; fails the test when refused. */
    int proposed(long draftId, String state, Object... operations) {
        Http.Response r = propose(draftId, state, operations);
        if (r.status() != 201) {
            throw new AssertionError("Proposal refused: " + r);
        }
        return r.json().get("number").asInt();
    }

    Http.Response decide(long draftId, int number, String token, String decision, String reason) {
        return http.post("/api/drafts/" + draftId + "/amendments/" + number + "/decision", token,
                Map.of("decision", decision, "reason", reason));
    }

    Http.Response accept(long draftId, int number) {
        return decide(draftId, number, accounts.facilitator(http), "ACCEPT", "agreed in informals");
    }

    JsonNode current(long draftId) {
        return http.get("/api/drafts/" + draftId, accounts.secretariat(http)).json();
    }

    JsonNode version(long draftId, int number) {
        return http.get("/api/drafts/" + draftId + "/versions/" + number, accounts.secretariat(http)).json();
    }

    static JsonNode paragraph(JsonNode draftOrVersion, String label) {
        for (JsonNode p : draftOrVersion.get("paragraphs")) {
            if (p.get("label").asText().equals(label)) {
                return p;
            }
        }
        throw new AssertionError("No paragraph " + label);
    }

    static String fullText(JsonNode paragraph) {
        String phrase = paragraph.get("openingPhrase").asText("");
        String text = paragraph.get("text").asText();
        if (phrase.isEmpty()) {
            return text;
        }
        return phrase + (text.isEmpty() || ",;:. ".indexOf(text.charAt(0)) >= 0 ? "" : " ") + text;
    }

    static List<String> labels(JsonNode draftOrVersion) {
        List<String> out = new ArrayList<>();
        draftOrVersion.get("paragraphs").forEach(p -> out.add(p.get("label").asText()));
        return out;
    }

    static List<Integer> numbers(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
