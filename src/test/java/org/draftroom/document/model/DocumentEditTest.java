package org.draftroom.document.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentEditTest {

    private static Paragraph pp(String id) {
        return Paragraph.of(ParagraphId.of(id), ParagraphKind.PREAMBULAR, 0, "Recalling", "text " + id + ",");
    }

    private static Paragraph op(String id, int depth) {
        return Paragraph.of(ParagraphId.of(id), ParagraphKind.OPERATIVE, depth, depth == 0 ? "Urges" : "", "text " + id + ";");
    }

    /** PP1 PP2, OP1 OP2 OP3 OP4 (a) (b) (i) (ii) OP5 */
    private static Document doc() {
        List<Paragraph> ps = new ArrayList<>(List.of(pp("pp1"), pp("pp2"), op("op1", 0), op("op2", 0), op("op3", 0),
                op("op4", 0), op("op4a", 1), op("op4b", 1), op("op4bi", 2), op("op4bii", 2), op("op5", 0)));
        return new Document(DocumentMetadata.empty(), ps, List.of());
    }

    @Test
    void labels_are_computed_from_order() {
        assertThat(doc().labels()).containsExactly("PP1", "PP2", "OP1", "OP2", "OP3", "OP4", "OP4(a)", "OP4(b)",
                "OP4(b)(i)", "OP4(b)(ii)", "OP5");
    }

    @Test
    void an_inserted_paragraph_gets_the_negotiators_label_until_renumbered() {
        Document d = doc().insertAfter(ParagraphId.of("op4"), op("new", 0));
        assertThat(d.labelOf(ParagraphId.of("new"))).isEqualTo("OP4 bis");
        assertThat(d.labelOf(ParagraphId.of("op5"))).isEqualTo("OP5");
        Document d2 = d.insertAfter(ParagraphId.of("new"), op("new2", 0));
        assertThat(d2.labelOf(ParagraphId.of("new2"))).isEqualTo("OP4 ter");
        assertThat(d2.byLabel("op 4 ter")).map(Paragraph::id).hasValue(ParagraphId.of("new2"));
        Document clean = d2.renumbered();
        assertThat(clean.labelOf(ParagraphId.of("new"))).isEqualTo("OP5");
        assertThat(clean.labelOf(ParagraphId.of("new2"))).isEqualTo("OP6");
        assertThat(clean.labelOf(ParagraphId.of("op5"))).isEqualTo("OP7");
        assertThat(d2.labels(LabelMode.CLEAN)).isEqualTo(clean.labels());
    }

    @Test
    void inserting_after_a_paragraph_goes_after_its_sub_paragraphs() {
        Document d = doc().insertAfter(ParagraphId.of("op4"), op("new", 0));
        assertThat(d.indexOf(ParagraphId.of("new"))).isEqualTo(d.indexOf(ParagraphId.of("op4bii")) + 1);
    }

    @Test
    void inserted_preambular_and_sub_paragraphs_are_labelled_bis_too() {
        Document d = doc().insertBefore(ParagraphId.of("pp2"), pp("newpp"))
                .insertAfter(ParagraphId.of("op4b"), op("newsub", 1))
                .insertBefore(ParagraphId.of("pp1"), pp("first"));
        assertThat(d.labelOf(ParagraphId.of("newpp"))).isEqualTo("PP1 bis");
        assertThat(d.labelOf(ParagraphId.of("first"))).isEqualTo("PP0 bis");
        assertThat(d.labelOf(ParagraphId.of("newsub"))).isEqualTo("OP4(b bis)");
        assertThat(d.labelOf(ParagraphId.of("pp2"))).isEqualTo("PP2");
    }

    @Test
    void ids_are_kept_through_edits_and_lookup_works_by_id_and_label() {
        Document d = doc().update(ParagraphId.of("op2"), p -> p.withTextReplaced(0, 4, "words"));
        assertThat(d.require(ParagraphId.of("op2")).text()).isEqualTo("words op2;");
        assertThat(d.byLabel("OP4(b)(ii)")).map(Paragraph::id).hasValue(ParagraphId.of("op4bii"));
        assertThat(doc().require(ParagraphId.of("op2")).text()).as("original unchanged").isEqualTo("text op2;");
    }

    @Test
    void deleting_removes_the_paragraph_with_its_sub_paragraphs() {
        Document d = doc().delete(ParagraphId.of("op4b"));
        assertThat(d.labels()).containsExactly("PP1", "PP2", "OP1", "OP2", "OP3", "OP4", "OP4(a)", "OP5");
    }

    @Test
    void moving_a_paragraph_moves_its_sub_paragraphs_and_keeps_ids() {
        Document d = doc().moveBefore(ParagraphId.of("op4"), ParagraphId.of("op1"));
        assertThat(d.paragraphs()).extracting(p -> p.id().value()).containsExactly("pp1", "pp2", "op4", "op4a",
                "op4b", "op4bi", "op4bii", "op1", "op2", "op3", "op5");
        assertThat(d.labelOf(ParagraphId.of("op4"))).isEqualTo("OP1");
        Document back = d.moveAfter(ParagraphId.of("op4"), ParagraphId.of("op3"));
        assertThat(back.paragraphs()).isEqualTo(doc().paragraphs());
    }

    @Test
    void a_paragraph_cannot_be_inserted_twice() {
        assertThatThrownBy(() -> doc().insertAfter(ParagraphId.of("op1"), op("op2", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latin_suffixes_follow_the_un_sequence() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(Labeller::latin))
                .containsExactly("bis", "ter", "quater", "quinquies", "sexies");
        assertThat(Labeller.letters(27)).isEqualTo("aa");
        assertThat(Labeller.roman(4)).isEqualTo("iv");
    }
}
