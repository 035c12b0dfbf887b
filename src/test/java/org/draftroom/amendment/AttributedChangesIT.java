package org.draftroom.amendment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.document.docx.WordXml;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.op;

/**
 * Tracked changes name, on each change, the State whose accepted amendment made it, from the record:
 * not the caller, and no request parameter changes it.
 */
@MicronautTest(transactional = false)
class AttributedChangesIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    /** Seed 004 amended by France (OP5 words), Brazil (OP5 words) and Mexico (a new paragraph after OP24). */
    long amendedByThreeStates() {
        long draft = drafting.draft();
        accept(draft, drafting.proposed(draft, "FRA",
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis")));
        accept(draft, drafting.proposed(draft, "BRA",
                op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", "from within existing resources, ")));
        accept(draft, drafting.proposed(draft, "MEX", op("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                "openingPhrase", "Encourages", "text", "Member States to share good practices in protecting victims;")));
        int rejected = drafting.proposed(draft, "ARG", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        assertThat(drafting.decide(draft, rejected, accounts.facilitator(http()), "REJECT", "no support").status()).isEqualTo(200);
        return draft;
    }

    private void accept(long draft, int number) {
        Http.Response r = drafting.accept(draft, number);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void a_draft_amended_by_three_states_names_each_on_its_own_changes_whoever_downloads_it() {
        long draft = amendedByThreeStates();
        String path = "/api/drafts/" + draft + "/compare/export?from=1&to=4&format=docx";
        Http.Response byPeru = http().get(path, accounts.delegate(http(), "PER"));
        assertThat(byPeru.status()).as(byPeru.body()).isEqualTo(200);
        WordXml xml = WordXml.of(byPeru.bytes());

        assertThat(xml.changes()).extracting(WordXml.Change::kind, WordXml.Change::author, WordXml.Change::text).contains(
                org.assertj.core.groups.Tuple.tuple("del", "France", "four-year"),
                org.assertj.core.groups.Tuple.tuple("ins", "France", "five-year"),
                org.assertj.core.groups.Tuple.tuple("del", "Brazil", "from within existing resources,"),
                org.assertj.core.groups.Tuple.tuple("ins", "Mexico", "Encourages Member States to share good practices in protecting victims;"));
        assertThat(xml.authors()).containsOnly("France", "Brazil", "Mexico");
        assertThat(xml.changes()).allSatisfy(c -> assertThat(c.date()).as("dated by the decision").isNotNull()
                .doesNotStartWith("1970"));

        Http.Response bySecretariat = http().get(path, accounts.secretariat(http()));
        Http.Response byArgentinaAsRussia = http().get(path + "&author=Russian%20Federation", accounts.delegate(http(), "ARG"));
        assertThat(WordXml.of(bySecretariat.bytes()).document()).isEqualTo(xml.document());
        assertThat(WordXml.of(byArgentinaAsRussia.bytes()).document()).isEqualTo(xml.document());
    }

    @Test
    void the_html_comparison_names_the_same_states_on_hover_and_in_a_legend() {
        long draft = amendedByThreeStates();
        Http.Response html = http().get("/api/drafts/" + draft + "/compare?from=1&to=4&format=html", accounts.delegate(http(), "PER"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).containsPattern("<del data-author=\"France\" data-date=\"\\d{4}-\\d\\d-\\d\\d\" title=\"Deleted by France, [^\"]+\">four-year</del>")
                .containsPattern("<ins data-author=\"France\"[^>]*>five-year</ins>")
                .containsPattern("<del data-author=\"Brazil\"[^>]*>from within existing resources,</del>")
                .containsPattern("<ins data-author=\"Mexico\"[^>]*>Encourages Member States")
                .contains("<dl class=\"change-sources\">", "<dt>France</dt>", "<dt>Brazil</dt>", "<dt>Mexico</dt>");
    }

    @Test
    void accepting_with_a_modification_names_the_state_and_the_facilitator_and_a_later_version_first_is_refused() {
        long draft = drafting.draft();
        int n = drafting.proposed(draft, "FRA",
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"));
        Http.Response modified = http().post("/api/drafts/" + draft + "/amendments/" + n + "/decision", accounts.facilitator(http()),
                java.util.Map.of("decision", "ACCEPT_WITH_MODIFICATION", "reason", "compromise",
                        "operations", List.of(op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis",
                                "text", "three-year basis"))));
        assertThat(modified.status()).as(modified.body()).isEqualTo(200);
        WordXml xml = WordXml.of(http().get("/api/drafts/" + draft + "/compare/export?from=1&to=2", accounts.delegate(http(), "PER")).bytes());
        assertThat(xml.authors()).containsOnly("France and the facilitator");
        assertThat(http().get("/api/drafts/" + draft + "/compare/export?from=2&to=1", accounts.delegate(http(), "PER")).status())
                .isEqualTo(400);
    }
}
