package org.draftroom.amendment.model;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admittedOne;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.refusal;
import static org.draftroom.amendment.model.Texts.refused;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;

/** What {@link AmendmentAdmissibility} accepts as text: bounded lengths and no control characters. */
class AdmissibleTextTest {
    @Test
    void a_paragraph_reference_too_long_to_be_a_label_is_refused_without_being_echoed() {
        String longReference = "OP" + "9".repeat(AmendmentAdmissibility.MAX_PARAGRAPH_REFERENCE);
        Refusal r = refused(SEED_004, deleteParagraph(longReference));
        assertThat(r.type()).isEqualTo("text-too-long");
        assertThat(r.details()).containsEntry("field", "paragraph");
        assertThat(r.getMessage()).doesNotContain(longReference);

        Refusal anchor = refused(SEED_004, moveParagraph("OP3", "AFTER", longReference));
        assertThat(anchor.type()).isEqualTo("text-too-long");
        assertThat(anchor.getMessage()).doesNotContain(longReference);
    }

    @Test
    void a_paragraph_reference_with_a_control_character_is_refused() {
        Refusal r = refused(SEED_004, deleteParagraph("OP5\u0000"));
        assertThat(r.type()).isEqualTo("control-character");
        assertThat(r.details()).containsEntry("field", "paragraph");
    }

    @Test
    void text_of_up_to_five_thousand_characters_is_admitted_and_longer_is_refused() {
        assertThat(admittedOne(replaceParagraph("OP5", null, "x".repeat(5000))).text()).hasSize(5000);
        Refusal r = refused(SEED_004, replaceParagraph("OP5", null, "x".repeat(5001)));
        assertThat(r.type()).isEqualTo("text-too-long");
        assertThat(r.details()).containsEntry("field", "text");
        assertThat(r.getMessage()).contains("5001").contains("5000");
    }

    @Test
    void an_over_long_quote_or_opening_phrase_is_refused() {
        assertThat(refused(SEED_004, deleteWords("OP5", "x".repeat(1001))).details()).containsEntry("field", "quote");
        assertThat(refused(SEED_004, replaceParagraph("OP5", "x".repeat(1001), "to act;")).details())
                .containsEntry("field", "openingPhrase");
    }

    @ParameterizedTest
    @ValueSource(strings = {"five\u0007year", "five\nyear", "five\ryear", "five\tyear", "five\u0000year", "five\u0085year",
            "five\u2028year", "five\u2029year"})
    void new_words_with_a_control_character_or_line_break_are_refused(String text) {
        Refusal r = refused(SEED_004, replaceWords("OP5", "four-year", text));
        assertThat(r.type()).isEqualTo("control-character");
        assertThat(r.details()).containsEntry("field", "text");
        assertThat(r.getMessage()).contains("position 4").contains(String.format("U+%04X", (int) text.charAt(4)));
    }

    @Test
    void a_quote_or_opening_phrase_with_a_control_character_is_refused() {
        assertThat(refused(SEED_004, deleteWords("OP5", "four-year\u0008")).details()).containsEntry("field", "quote");
        assertThat(refused(SEED_004, insertWordsAfter("OP5", "four-year\n", "x")).details()).containsEntry("field", "quote");
        assertThat(refused(SEED_004, insertParagraph("OP5", "AFTER", "Decides\u001b", "to act;")).details())
                .containsEntry("field", "openingPhrase");
    }

    @Test
    void ordinary_unicode_text_is_clean() {
        Operation op = admittedOne(replaceWords("PP13", "“Trafficking in persons, especially women and children”",
                "« La traite des personnes, en particulier des femmes et des enfants » — Côte d’Ivoire"));
        assertThat(op.text()).startsWith("« La traite");
    }

    @Test
    void a_justification_is_short_and_clean_or_absent() {
        AmendmentAdmissibility.justificationMustBeShortAndClean(null);
        AmendmentAdmissibility.justificationMustBeShortAndClean("x".repeat(2000));
        assertThat(refusal(() -> AmendmentAdmissibility.justificationMustBeShortAndClean("x".repeat(2001))).details())
                .containsEntry("field", "justification");
        assertThat(refusal(() -> AmendmentAdmissibility.justificationMustBeShortAndClean("line one\nline two")).type())
                .isEqualTo("control-character");
    }
}
