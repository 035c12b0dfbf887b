package org.draftroom.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpeningPhrasesTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_lexicon_gives_the_same_split_as_the_italics_of_every_seed(Seeds seed) {
        Document d = seed.parse();
        for (Paragraph p : d.paragraphs()) {
            if (p.isTopLevel()) {
                assertThat(OpeningPhrases.match(p.fullText())).as(d.labelOf(p.id())).isEqualTo(p.openingPhrase());
            }
        }
    }

    @Test
    void the_longest_phrase_wins_and_must_end_at_a_word_boundary() {
        assertThat(OpeningPhrases.match("Taking note with appreciation also of the thematic focus"))
                .isEqualTo("Taking note with appreciation also");
        assertThat(OpeningPhrases.match("Taking note of the report")).isEqualTo("Taking note");
        assertThat(OpeningPhrases.match("Also calls upon Member States")).isEqualTo("Also calls upon");
        assertThat(OpeningPhrases.match("Notes the second consultative meeting")).isEqualTo("Notes");
        assertThat(OpeningPhrases.match("Noting that reports have highlighted")).isEqualTo("Noting");
        assertThat(OpeningPhrases.match("Expressing concern about the increasing reports"))
                .isEqualTo("Expressing concern");
    }

    @Test
    void unknown_verbs_fall_back_to_the_first_word() {
        assertThat(OpeningPhrases.match("Solemnly proclaims the Decade")).isEqualTo("");
        assertThat(OpeningPhrases.match("Applauds the work")).isEqualTo("Applauds");
        assertThat(OpeningPhrases.match("Pledging also its support")).isEqualTo("Pledging also");
    }

    @Test
    void a_paragraph_can_be_split_again_after_an_edit_crossed_its_opening_phrase() {
        Paragraph op1 = Seeds.RES_76_186.parse().byLabel("OP3").orElseThrow(); // "Calls upon Governments ..."
        Paragraph edited = op1.withFullTextReplaced(0, "Calls upon Governments".length(), "Urges Governments");
        Paragraph resplit = DocumentImporter.resplitOpeningPhrase(edited);
        assertThat(resplit.openingPhrase()).isEqualTo("Urges");
        assertThat(resplit.text()).startsWith("Governments to closely follow");
        assertThat(resplit.id()).isEqualTo(op1.id());
    }
}
