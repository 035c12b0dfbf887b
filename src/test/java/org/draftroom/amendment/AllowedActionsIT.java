package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.op;

/**
 * What the API says a caller may do now, on a draft and on each amendment, so that the client shows
 * just those buttons: each action listed is one the server then takes, and each one left out is one
 * it refuses (role and ownership).
 */
@MicronautTest(transactional = false)
class AllowedActionsIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;
    long draft;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
        draft = drafting.draft();
        drafting.table(draft);
    }

    @Test
    void each_amendment_lists_what_the_caller_may_do_with_it_now() {
        int france = drafting.proposed(draft, "FRA", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", after the general debate"));
        assertThat(actionsOn(france, "FRA")).as("the proposing State").containsExactly("withdraw");
        assertThat(actionsOn(france, "DEU")).as("another Member State").containsExactly("co-sponsor", "amend");
        assertThat(actionsOn(france, "VAT")).as("an observer State co-sponsors nothing").containsExactly("amend");
        assertThat(actionsOf(france, accounts.secretariat(http()))).as("a written amendment without its symbol").containsExactly("issue-symbol");
        assertThat(actionsOf(france, accounts.facilitator(http()))).isEmpty();
        assertThat(one(france, accounts.delegate(http(), "DEU")).get("allowedActions")).as("one amendment read alone")
                .isEqualTo(listed(france, accounts.delegate(http(), "DEU")).get("allowedActions"));

        assertThat(http().post(path("/" + france + "/cosponsors"), accounts.delegate(http(), "DEU"), "").status()).isEqualTo(200);
        assertThat(actionsOn(france, "DEU")).containsExactly("leave-co-sponsorship", "amend");
        Http.Response observerJoins = http().post(path("/" + france + "/cosponsors"), accounts.delegate(http(), "VAT"), "");
        assertThat(observerJoins.status()).as("what is not listed is refused").isEqualTo(403);

        Http.Response sub = drafting.proposeWith(draft, "DEU", Map.of("amends", france, "operations",
                List.of(op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "general debate", "text", "general discussion"))));
        assertThat(sub.status()).as(sub.toString()).isEqualTo(201);
        assertThat(sub.json().has("allowedActions")).as("a step's answer leaves them to the next read").isFalse();
        int subAmendment = sub.json().get("number").asInt();
        assertThat(actionsOn(subAmendment, "DEU")).containsExactly("withdraw");
        assertThat(actionsOn(subAmendment, "FRA")).as("a sub-amendment is not amended in turn").containsExactly("co-sponsor");

        String secretariat = accounts.secretariat(http());
        Http.Response issued = http().post(path("/" + france + "/symbol"), secretariat, Map.of("symbol", "A/C.3/80/L.191"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(actionsOf(france, secretariat)).as("its symbol is issued").isEmpty();

        Http.Response withdrawn = http().post(path("/" + france + "/withdrawal"), accounts.delegate(http(), "FRA"), Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        for (String state : List.of("FRA", "DEU", "VAT")) {
            assertThat(actionsOn(france, state)).as("nothing is done with a withdrawn amendment by " + state).isEmpty();
        }
    }

    @Test
    void the_secretariat_may_record_a_division_and_give_a_symbol_a_facilitator_neither() {
        long consultations = drafting.draft();
        assertThat(draftActions(consultations, accounts.secretariat(http()))).contains("table", "give-symbol");
        assertThat(draftActions(consultations, accounts.delegate(http(), "BLR"))).contains("table").doesNotContain("give-symbol");
        Http.Response sponsorGivesSymbol = http().post("/api/drafts/" + consultations + "/table", accounts.delegate(http(), "BLR"),
                Map.of("symbol", "A/C.3/80/L.94"));
        assertThat(sponsorGivesSymbol.status()).isEqualTo(403);

        drafting.openAction(draft);
        assertThat(draftActions(draft, accounts.delegate(http(), "FRA"))).contains("request-division");
        assertThat(draftActions(draft, accounts.secretariat(http()))).contains("request-division", "order-the-vote", "vote-on-amendments");
        assertThat(draftActions(draft, accounts.facilitator(http()))).doesNotContain("request-division");
        Http.Response byFacilitator = http().post("/api/drafts/" + draft + "/divisions", accounts.facilitator(http()), Map.of("paragraph", "OP3"));
        assertThat(byFacilitator.status()).isEqualTo(403);
        Http.Response bySecretariat = http().post("/api/drafts/" + draft + "/divisions", accounts.secretariat(http()), Map.of("paragraph", "OP3"));
        assertThat(bySecretariat.status()).as(bySecretariat.toString()).isEqualTo(201);
    }

    @Test
    void the_signed_in_user_learns_whether_it_reads_the_audit_trail_and_chooses_facilitators_from_their_accounts() {
        String secretariat = accounts.secretariat(http());
        assertThat(texts(http().get("/api/me", secretariat).json().get("allowedActions"))).containsExactly("read-audit");
        String france = accounts.delegate(http(), "FRA");
        assertThat(texts(http().get("/api/me", france).json().get("allowedActions"))).isEmpty();
        assertThat(http().get("/api/audit", france).status()).isEqualTo(403);
        assertThat(texts(http().get("/api/me", accounts.facilitator(http())).json().get("allowedActions"))).isEmpty();

        accounts.user(http(), "facilitator2", org.draftroom.shared.Role.FACILITATOR);
        Http.Response facilitators = http().get("/api/users?role=facilitator", secretariat);
        assertThat(facilitators.status()).isEqualTo(200);
        List<String> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        facilitators.json().forEach(u -> { roles.add(u.get("role").asText()); names.add(u.get("username").asText()); });
        assertThat(names).contains("facilitator", "facilitator2").doesNotContain("secretariat", "fra");
        assertThat(roles).containsOnly("FACILITATOR");
        Http.Response unknown = http().get("/api/users?role=chair", secretariat);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asText()).endsWith("invalid-role");
        assertThat(unknown.json().get("detail").asText()).contains("chair");
    }

    private String path(String rest) {
        return "/api/drafts/" + draft + "/amendments" + rest;
    }

    private List<String> actionsOn(int number, String state) {
        return actionsOf(number, accounts.delegate(http(), state));
    }

    private List<String> actionsOf(int number, String token) {
        return texts(listed(number, token).get("allowedActions"));
    }

    private JsonNode listed(int number, String token) {
        Http.Response r = http().get(path("?size=200"), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode a : r.json().get("items")) {
            if (a.get("number").asInt() == number) {
                return a;
            }
        }
        throw new AssertionError("Amendment " + number + " is not listed: " + r);
    }

    private JsonNode one(int number, String token) {
        Http.Response r = http().get(path("/" + number), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private List<String> draftActions(long id, String token) {
        Http.Response r = http().get("/api/drafts/" + id, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return texts(r.json().get("allowedActions"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
