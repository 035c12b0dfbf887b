package org.draftroom.document.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphEditTest {

    // "Recalling also the Convention,¹ as well as its Protocol,²" with "Protocol" in italics
    private final Paragraph p = new Paragraph(ParagraphId.of("p1"), ParagraphKind.PREAMBULAR, 0, "Recalling also",
            "the Convention, as well as its Protocol,",
            List.of(Emphasis.italic(31, 39)), List.of(new FootnoteRef(15, 1), new FootnoteRef(40, 2)), false);

    @Test
    void full_text_joins_opening_phrase_and_text_with_one_space() {
        assertThat(p.fullText()).isEqualTo("Recalling also the Convention, as well as its Protocol,");
        assertThat(p.separator()).isEqualTo(" ");
        assertThat(p.textOffset()).isEqualTo(15);
    }

    @Test
    void replacing_text_shifts_markers_and_emphasis_after_the_edit() {
        Paragraph e = p.withTextReplaced(4, 14, "Treaty"); // "Convention" -> "Treaty"
        assertThat(e.text()).isEqualTo("the Treaty, as well as its Protocol,");
        assertThat(e.footnoteRefs()).containsExactly(new FootnoteRef(11, 1), new FootnoteRef(36, 2));
        assertThat(e.text().substring(e.emphasis().get(0).start(), e.emphasis().get(0).end())).isEqualTo("Protocol");
        assertThat(e.id()).isEqualTo(p.id());
    }

    @Test
    void a_marker_inside_a_deleted_range_stays_at_the_edit_boundary() {
        Paragraph e = p.withTextReplaced(4, 27, ""); // delete "Convention, as well as "
        assertThat(e.text()).isEqualTo("the its Protocol,");
        assertThat(e.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1, 2);
        assertThat(e.footnoteRefs().get(0).offset()).isEqualTo(4);
    }

    @Test
    void a_marker_in_the_unchanged_start_of_a_replacement_keeps_its_place() {
        Paragraph e = p.withTextReplaced(4, 27, "Convention, and also ");
        assertThat(e.text()).isEqualTo("the Convention, and also its Protocol,");
        assertThat(e.text().substring(0, e.footnoteRefs().get(0).offset())).isEqualTo("the Convention,");
    }

    @Test
    void deleting_emphasised_text_drops_the_emphasis() {
        Paragraph e = p.withTextReplaced(30, 39, "");
        assertThat(e.text()).isEqualTo("the Convention, as well as its,");
        assertThat(e.emphasis()).isEmpty();
        Paragraph whole = p.withTextReplaced(31, 39, "Protocols");
        assertThat(whole.emphasis()).as("replacing exactly the emphasised words keeps them emphasised")
                .containsExactly(Emphasis.italic(31, 40));
        Paragraph inside = p.withTextReplaced(33, 35, "OT");
        assertThat(inside.emphasis()).containsExactly(Emphasis.italic(31, 39));
    }

    @Test
    void the_opening_phrase_can_be_replaced() {
        Paragraph e = p.withOpeningPhrase("Recalling further");
        assertThat(e.fullText()).isEqualTo("Recalling further the Convention, as well as its Protocol,");
        assertThat(e.footnoteRefs()).isEqualTo(p.footnoteRefs());
    }

    @Test
    void full_text_edits_reach_the_phrase_or_the_text() {
        assertThat(p.withFullTextReplaced(10, 14, "further").fullText())
                .isEqualTo("Recalling further the Convention, as well as its Protocol,");
        Paragraph body = p.withFullTextReplaced(19, 29, "Treaty");
        assertThat(body.text()).isEqualTo("the Treaty, as well as its Protocol,");
        assertThat(body.openingPhrase()).isEqualTo("Recalling also");
    }

    @Test
    void the_nth_occurrence_of_a_quoted_string_is_found_in_the_full_text() {
        assertThat(p.findOccurrence("as", 1)).hasValue(31);
        assertThat(p.findOccurrence("as", 2)).hasValue(39);
        assertThat(p.findOccurrence("as", 3)).isEmpty();
        assertThat(p.countOccurrences("as")).isEqualTo(2);
        assertThat(TextSearch.find("the Children\u2019s Fund", "Children's  Fund", 1, true)).hasValue(4);
        assertThat(TextSearch.find("the Children\u2019s Fund", "Children's Fund", 1, false)).isEmpty();
    }

    @Test
    void words_inserted_right_after_the_opening_phrase_join_the_text_not_the_italic_phrase() {
        Paragraph decides = Paragraph.of(ParagraphId.of("d"), ParagraphKind.OPERATIVE, 0, "Decides",
                "to remain seized of the matter;");
        Paragraph e = decides.withFullTextReplaced(7, 7, " further");
        assertThat(e.fullText()).isEqualTo("Decides further to remain seized of the matter;");
        assertThat(e.openingPhrase()).isEqualTo("Decides");
        assertThat(e.text()).isEqualTo("further to remain seized of the matter;");
        Paragraph inside = decides.withFullTextReplaced(0, 0, "Also ");
        assertThat(inside.openingPhrase()).as("an insertion inside the phrase stays in it").isEqualTo("Also Decides");
    }
}
