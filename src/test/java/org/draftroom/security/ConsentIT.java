package org.draftroom.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No State is named without its own delegate's consent: not as co-sponsor of an amendment, not as
 * main sponsor of a text another delegation imports; and only the secretariat brings in an adopted
 * resolution with its A/RES symbol.
 */
@MicronautTest(transactional = false)
class ConsentIT extends ServerTest {
    @Inject
    Database database;

    @Test
    void a_proposal_naming_other_states_as_co_sponsors_is_refused_and_each_joins_itself() {
        long draft = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        String france = accounts.delegate(http(), "FRA");
        long before = database.count("SELECT count(*) FROM amendment WHERE draft_id = " + draft);
        Http.Response named = http().post("/api/drafts/" + draft + "/amendments", france, Map.of("cosponsors", List.of("USA", "CHN", "GBR"),
                "operations", List.of(Map.of("type", "DELETE_PARAGRAPH", "paragraph", "OP7"))));
        assertThat(named.status()).as(named.toString()).isEqualTo(422);
        assertThat(named.json().get("type").asText()).endsWith("co-sponsor-consent");
        assertThat(named.json().get("detail").asText()).contains("USA").contains("CHN").contains("GBR");
        assertThat(database.count("SELECT count(*) FROM amendment WHERE draft_id = " + draft)).isEqualTo(before);

        Http.Response alone = http().post("/api/drafts/" + draft + "/amendments", france, Map.of("cosponsors", List.of("FRA"),
                "operations", List.of(Map.of("type", "DELETE_PARAGRAPH", "paragraph", "OP7"))));
        assertThat(alone.status()).as(alone.toString()).isEqualTo(201);
        int number = alone.json().get("number").asInt();
        String cosponsors = "/api/drafts/" + draft + "/amendments/" + number + "/cosponsors";

        Http.Response usa = http().post(cosponsors, accounts.delegate(http(), "USA"), "");
        assertThat(usa.status()).as(usa.toString()).isEqualTo(200);
        assertThat(texts(usa.json().get("cosponsors"))).containsExactly("USA");
        assertThat(http().post(cosponsors, france, "").status()).as("the proposer is not also a co-sponsor").isEqualTo(409);
        assertThat(http().delete(cosponsors + "/USA", accounts.delegate(http(), "GBR")).status())
                .as("one State cannot withdraw another's").isEqualTo(403);
        assertThat(http().post(cosponsors, accounts.secretariat(http()), "").status()).isEqualTo(403);
        JsonNode read = http().get("/api/drafts/" + draft + "/amendments/" + number, france).json();
        assertThat(texts(read.get("cosponsors"))).containsExactly("USA");
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'amendment.cosponsor-joined'"
                + " AND draft_id = " + draft + " AND member_state = 'USA'")).isEqualTo(1);

        Http.Response left = http().delete(cosponsors + "/USA", accounts.delegate(http(), "USA"));
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().get("cosponsors")).isEmpty();
    }

    @Test
    void a_delegation_importing_a_text_names_only_its_own_state_and_the_others_printed_are_proposed_until_they_confirm() {
        String france = accounts.delegate(http(), "FRA");
        long draft = Seeds.importSeed(http(), france, Seeds.DRAFT_80);
        JsonNode sponsors = http().get("/api/drafts/" + draft + "/main-sponsors", france).json();
        assertThat(texts(sponsors.get("mainSponsors"))).containsExactly("FRA");
        assertThat(texts(sponsors.get("proposed"))).containsExactly("BLR", "PRK", "RUS", "VEN");
        assertThat(texts(http().get("/api/drafts/" + draft, france).json().get("mainSponsors"))).containsExactly("FRA");
        assertThat(database.count("SELECT count(*) FROM draft_main_sponsor WHERE draft_id = " + draft)).isEqualTo(1);

        assertThat(http().post("/api/drafts/" + draft + "/main-sponsors", accounts.delegate(http(), "CHL"), "").status())
                .as("a State not printed has nothing to confirm").isEqualTo(409);
        Http.Response russia = http().post("/api/drafts/" + draft + "/main-sponsors", accounts.delegate(http(), "RUS"), "");
        assertThat(russia.status()).as(russia.toString()).isEqualTo(200);
        assertThat(texts(russia.json().get("mainSponsors"))).containsExactly("FRA", "RUS");
        assertThat(http().delete("/api/drafts/" + draft + "/main-sponsors/proposed/VEN", accounts.delegate(http(), "BLR")).status())
                .as("Belarus cannot decline for Venezuela").isEqualTo(403);
        Http.Response belarus = http().delete("/api/drafts/" + draft + "/main-sponsors/proposed/BLR", accounts.delegate(http(), "BLR"));
        assertThat(belarus.status()).isEqualTo(200);
        assertThat(texts(belarus.json().get("proposed"))).containsExactly("PRK", "VEN");
        assertThat(texts(belarus.json().get("mainSponsors"))).containsExactly("FRA", "RUS");
    }

    @Test
    void the_secretariats_import_names_every_printed_main_sponsor_at_once() {
        long draft = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        JsonNode sponsors = http().get("/api/drafts/" + draft + "/main-sponsors", accounts.secretariat(http())).json();
        assertThat(texts(sponsors.get("mainSponsors"))).containsExactly("BLR", "PRK", "RUS", "VEN");
        assertThat(sponsors.get("proposed")).isEmpty();
    }

    @Test
    void only_the_secretariat_imports_an_adopted_resolution_with_its_symbol() {
        String adopted = Seeds.text(Seeds.RES_72_195).replace("72/195", "72/999");
        Http.Response byDelegate = http().post("/api/drafts", accounts.delegate(http(), "FRA"), Map.of("text", adopted));
        assertThat(byDelegate.status()).as(byDelegate.toString()).isEqualTo(403);
        assertThat(byDelegate.json().get("detail").asText()).contains("secretariat");
        assertThat(database.count("SELECT count(*) FROM draft WHERE symbol = 'A/RES/72/999'")).isZero();
        Http.Response bySecretariat = http().post("/api/drafts", accounts.secretariat(http()), Map.of("text", adopted));
        assertThat(bySecretariat.status()).as(bySecretariat.toString()).isEqualTo(201);
        assertThat(bySecretariat.json().get("stage").asText()).isEqualTo("ADOPTED");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.get("code").asText() : n.asText()));
        return out;
    }
}
