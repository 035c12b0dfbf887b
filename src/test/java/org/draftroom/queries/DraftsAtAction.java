package org.draftroom.queries;

import org.draftroom.support.Accounts;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts of seed 004 (main sponsors Belarus, DPR Korea, Russian Federation and Venezuela) taken to
 * action the way delegations do it, over HTTP: tabled and revised by Belarus, joined by
 * co-sponsors, action opened by the secretariat, five amendments proposed, recorded votes and
 * explanations of vote recorded.
 *
 * <p>Large numbers are reached by copying real rows in SQL, which takes a second where hundreds of
 * requests would take minutes: co-sponsors beyond the first two are further Member States joining
 * after tabling; amendments beyond the first five are copies of those five as the server stored
 * them (the same operations JSON, co-sponsors and justifications), numbered on, and each copy
 * competes with the copy of its competitor as the original does. Such a draft is for reading:
 * its amendment numbering has not moved on, so it takes no further proposals.
 */
final class DraftsAtAction {
    /** The five proposals every draft gets, in the order they are made (numbers 1 to 5). */
    static final int PROPOSALS = 5;
    private final Http http;
    private final Accounts accounts;
    private final Database database;

    DraftsAtAction(Http http, Accounts accounts, Database database) {
        this.http = http;
        this.accounts = accounts;
        this.database = database;
    }

    /**
     * How much a draft holds: States co-sponsoring it (at least 2, who join over HTTP), revisions
     * issued by the main sponsors, amendments (a multiple of {@link #PROPOSALS}), recorded votes
     * that reject some of them (copies of Britain's edit of OP7), explanations of vote.
     */
    record Size(int coSponsors, int revisions, int amendments, int votes, int explanations) {
        static final Size FEW = new Size(2, 1, PROPOSALS, 1, 1);
        static final Size MANY = new Size(150, 6, 100 * PROPOSALS, 5, 20);

        Size {
            if (coSponsors < 2 || revisions < 1 || amendments < PROPOSALS || amendments % PROPOSALS != 0
                    || votes < 0 || votes > amendments / PROPOSALS || explanations < 1) {
                throw new IllegalArgumentException("At least 2 co-sponsors, 1 revision, a multiple of 5 amendments, "
                        + "at most one vote per 5 amendments and at least 1 explanation");
            }
        }
    }

    long draft(Size size) {
        String secretariat = accounts.secretariat(http);
        String belarus = accounts.delegate(http, "BLR");
        long id = Seeds.importSeed(http, secretariat, Seeds.DRAFT_80);
        ok(http.post(path(id, "/table"), belarus, Map.of("date", "2025-10-30")));
        for (int i = 0; i < size.revisions(); i++) {
            ok(http.post(path(id, "/revise"), belarus, Map.of("date", "2025-11-0" + (i + 1))));
        }
        for (String state : List.of("CHL", "PER")) {
            ok(http.post(path(id, "/cosponsors"), accounts.delegate(http, state), ""));
        }
        moreCoSponsors(id, size.coSponsors() - 2);
        ok(http.post(path(id, "/open-action"), secretariat, ""));
        propose(id);
        copyProposals(id, size.amendments() / PROPOSALS - 1);
        for (int i = 0; i < size.votes(); i++) {
            int britishEditOfOp7 = 3 + i * PROPOSALS;
            ok(http.post(path(id, "/amendments/" + britishEditOfOp7 + "/vote"), secretariat,
                    Map.of("method", "RECORDED_VOTE", "ballots", ballots(60, 90, 10))));
        }
        for (int i = 0; i < size.explanations(); i++) {
            ok(http.post(path(id, "/explanations-of-vote"), secretariat, Map.of("memberState", i % 2 == 0 ? "CHL" : "PER",
                    "timing", "BEFORE", "text", "Our delegation will vote in favour (" + (i + 1) + ").")));
        }
        return id;
    }

    private Map<String, String> ballots(int yes, int no, int abstain) {
        List<String> states = database.strings("SELECT code FROM member_state WHERE NOT observer ORDER BY code");
        Map<String, String> ballots = new LinkedHashMap<>();
        for (int i = 0; i < yes + no + abstain; i++) {
            ballots.put(states.get(i), i < yes ? "YES" : i < yes + no ? "NO" : "ABSTAIN");
        }
        return ballots;
    }

    /** Two competing edits of OP5, an edit and a deletion of OP7 that compete, a new paragraph with 40 co-sponsors. */
    private void propose(long id) {
        proposal(id, "FRA", List.of("DEU", "ITA"), "Aligns the cycle with the review of the Global Plan of Action.",
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "on a four-year basis", "text", "on a five-year basis"));
        proposal(id, "BRA", List.of("ARG", "MEX", "URY"), null,
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis starting at its seventy-second session",
                        "text", "regular basis"));
        proposal(id, "GBR", List.of(), null, op("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"));
        proposal(id, "DEU", List.of("AUT"), "The World Day is proclaimed elsewhere.", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        List<String> forty = database.strings("SELECT code FROM member_state WHERE NOT observer AND code NOT IN "
                + "('MEX', 'BLR', 'PRK', 'RUS', 'VEN') ORDER BY code LIMIT 40");
        proposal(id, "MEX", forty, null, op("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                "openingPhrase", "Encourages", "text", "Member States to share good practices in protecting victims in armed conflict;"));
    }

    private void proposal(long id, String state, List<String> cosponsors, String justification, Map<String, Object> operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operations", List.of(operation));
        body.put("justification", justification);
        Http.Response r = http.post(path(id, "/amendments"), accounts.delegate(http, state), body);
        if (r.status() != 201) {
            throw new AssertionError("Proposal of " + state + " refused: " + r);
        }
        if (!cosponsors.isEmpty()) {
            // Each co-sponsor joins for itself (POST …/cosponsors, tested in ConsentIT); here they are
            // written at once, as moreCoSponsors does for the draft, so that setting up 40 costs no 40 sign-ins.
            database.execute("INSERT INTO amendment_cosponsor (amendment_id, member_state) SELECT a.id, s.code"
                    + " FROM amendment a, member_state s WHERE a.draft_id = " + id + " AND a.number = " + r.json().get("number").asInt()
                    + " AND s.code IN ('" + String.join("', '", cosponsors) + "')");
        }
    }

    private void moreCoSponsors(long id, int count) {
        database.execute("""
                INSERT INTO draft_cosponsor (draft_id, member_state, joined_by, after_tabling)
                SELECT %1$d, s.code, lower(s.code), true FROM member_state s
                 WHERE NOT s.observer
                   AND s.code NOT IN (SELECT member_state FROM draft_main_sponsor WHERE draft_id = %1$d)
                   AND s.code NOT IN (SELECT member_state FROM draft_cosponsor WHERE draft_id = %1$d)
                 ORDER BY s.code LIMIT %2$d""".formatted(id, count));
        expect("co-sponsors", "SELECT count(*) FROM draft_cosponsor WHERE draft_id = " + id, count + 2);
    }

    /** Copies amendments 1 to 5 {@code copies} times: 6 to 10, 11 to 15... with their co-sponsors and footprints. */
    private void copyProposals(long id, int copies) {
        expect("proposals", "SELECT max(number) FROM amendment WHERE draft_id = " + id, PROPOSALS);
        database.execute("""
                INSERT INTO amendment (draft_id, number, parent_number, kind, status, author, member_state, base_version,
                                       anchored_version, paragraph_ids, operations, justification)
                SELECT a.draft_id, a.number + copy * %2$d, a.parent_number, a.kind, a.status, a.author, a.member_state,
                       a.base_version, a.anchored_version, a.paragraph_ids, a.operations, a.justification
                  FROM amendment a, generate_series(1, %3$d) AS copy
                 WHERE a.draft_id = %1$d""".formatted(id, PROPOSALS, copies));
        database.execute("""
                INSERT INTO amendment_cosponsor (amendment_id, member_state)
                SELECT copy.id, c.member_state
                  FROM amendment copy
                  JOIN amendment original ON original.draft_id = copy.draft_id AND original.number = (copy.number - 1) %% %2$d + 1
                  JOIN amendment_cosponsor c ON c.amendment_id = original.id
                 WHERE copy.draft_id = %1$d AND copy.number > %2$d""".formatted(id, PROPOSALS));
        database.execute("""
                INSERT INTO amendment_footprint (amendment_id, draft_id, number, parent_number, paragraph_id, effect,
                                                 start_at, end_at, text_fingerprint)
                SELECT copy.id, copy.draft_id, copy.number, copy.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at,
                       f.text_fingerprint
                  FROM amendment copy
                  JOIN amendment original ON original.draft_id = copy.draft_id AND original.number = (copy.number - 1) %% %2$d + 1
                  JOIN amendment_footprint f ON f.amendment_id = original.id
                 WHERE copy.draft_id = %1$d AND copy.number > %2$d""".formatted(id, PROPOSALS));
        expect("pending amendments", "SELECT count(*) FROM amendment WHERE status = 'PENDING' AND draft_id = " + id,
                (copies + 1) * PROPOSALS);
    }

    private void expect(String what, String sql, long expected) {
        long actual = database.count(sql);
        if (actual != expected) {
            throw new AssertionError("Expected " + expected + " " + what + ", found " + actual);
        }
    }

    static Map<String, Object> op(Object... pairs) {
        Map<String, Object> op = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            op.put((String) pairs[i], pairs[i + 1]);
        }
        return op;
    }

    static String path(long id, String rest) {
        return "/api/drafts/" + id + rest;
    }

    private static void ok(Http.Response response) {
        if (response.status() != 200) {
            throw new AssertionError("Step refused: " + response);
        }
    }
}
