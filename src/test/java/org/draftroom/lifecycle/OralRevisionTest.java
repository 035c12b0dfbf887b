package org.draftroom.lifecycle;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OralRevisionTest {
    private static final String OP1 = "the Secretary-General to report on the Convention,1 and the Protocol2 thereto;";

    private static Document document() {
        String text = "the Secretary-General to report on the Convention, and the Protocol thereto;";
        Paragraph op1 = new Paragraph(ParagraphId.of("op1"), ParagraphKind.OPERATIVE, 0, "Also requests", text, List.of(),
                List.of(new FootnoteRef(text.indexOf("Convention,") + "Convention,".length(), 1),
                        new FootnoteRef(text.indexOf("Protocol") + "Protocol".length(), 2)), false);
        Paragraph op2 = Paragraph.of(ParagraphId.of("op2"), ParagraphKind.OPERATIVE, 0, "Decides", "to remain seized of the matter.")
                .withFootnoteRefs(List.of(new FootnoteRef(10, 3)));
        return new Document(DocumentMetadata.empty(), List.of(op1, op2),
                List.of(Footnote.plain(1, "Treaty Series, vol. 2225."), Footnote.plain(2, "Ibid., vol. 2237."), Footnote.plain(3, "Note.")));
    }

    @Test
    void footnote_markers_follow_their_words_when_words_are_added_before_them() {
        Document revised = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1",
                "the Secretary-General to submit a detailed report on the United Nations Convention, and the Protocol thereto;", null, null)));
        Paragraph p = revised.byLabel("OP1").orElseThrow();
        assertThat(p.openingPhrase()).isEqualTo("Also requests");
        assertThat(p.footnoteRefs()).extracting(FootnoteRef::offset)
                .containsExactly(p.text().indexOf("Convention,") + "Convention,".length(), p.text().indexOf("Protocol") + "Protocol".length());
    }

    @Test
    void a_marker_whose_word_is_gone_stays_after_the_word_before_it() {
        Document revised = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1",
                "the Secretary-General to report on the Convention, and the instruments thereto;", null, null)));
        Paragraph p = revised.byLabel("OP1").orElseThrow();
        assertThat(p.footnoteRefs().get(1).offset()).isEqualTo(p.text().indexOf("the instruments") + "the".length());
    }

    @Test
    void a_text_that_repeats_the_opening_phrase_is_refused_unless_a_new_phrase_is_given() {
        assertThatThrownBy(() -> OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", "Also requests " + OP1, null, null))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("opening-phrase-repeated"));
        Document rephrased = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", "the Secretary-General to report;",
                "Further requests", null)));
        assertThat(rephrased.byLabel("OP1").orElseThrow().fullText()).isEqualTo("Further requests the Secretary-General to report;");
        Document alsoRecalls = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", "Also requestsome text;", null, null)));
        assertThat(alsoRecalls.byLabel("OP1").orElseThrow().text()).isEqualTo("Also requestsome text;");
    }

    @Test
    void footnotes_are_added_changed_and_removed_and_numbered_again_in_order() {
        Document added = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", null, null,
                List.of(new OralRevision.FootnoteChange(null, "Secretary-General", null, "See A/80/1.", null)))));
        assertThat(added.footnotes()).extracting(Footnote::text)
                .containsExactly("See A/80/1.", "Treaty Series, vol. 2225.", "Ibid., vol. 2237.", "Note.");
        Paragraph op1 = added.byLabel("OP1").orElseThrow();
        assertThat(op1.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1, 2, 3);
        assertThat(op1.footnoteRefs().get(0).offset()).isEqualTo("the Secretary-General".length());
        assertThat(added.byLabel("OP2").orElseThrow().footnoteRefs().get(0).number()).isEqualTo(4);

        Document removed = OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", null, null,
                List.of(new OralRevision.FootnoteChange(1, null, null, null, true), new OralRevision.FootnoteChange(2, null, null,
                        "Ibid., vol. 2237, No. 39574.", null)))));
        assertThat(removed.footnotes()).extracting(Footnote::number, Footnote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Ibid., vol. 2237, No. 39574."),
                        org.assertj.core.groups.Tuple.tuple(2, "Note."));
        assertThat(removed.byLabel("OP1").orElseThrow().footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1);

        assertThatThrownBy(() -> OralRevision.apply(document(), List.of(new OralRevision.Change("OP2", null, null,
                List.of(new OralRevision.FootnoteChange(1, null, null, null, true)))))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> OralRevision.apply(document(), List.of(new OralRevision.Change("OP1", null, null,
                List.of(new OralRevision.FootnoteChange(null, "not there", null, "x", null)))))).isInstanceOf(Refusal.class);
    }
}
