package org.draftroom.document.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class DocumentComparerTest {

    @Test
    void a_document_compared_with_itself_has_no_changes() {
        Document d = Seeds.RES_76_186.parse();
        Comparison c = DocumentComparer.compareVersions(d, d);
        assertThat(c.hasChanges()).isFalse();
        assertThat(c.changes()).hasSize(d.paragraphs().size());
    }

    @Test
    void versions_are_aligned_by_paragraph_identity() {
        Document before = Seeds.DRAFT_2019.parse();
        Paragraph op4 = before.byLabel("OP4").orElseThrow();
        Paragraph op2 = before.byLabel("OP2").orElseThrow();
        Paragraph op7 = before.byLabel("OP7").orElseThrow();
        int at = op4.text().indexOf("a high-level meeting");
        Document after = before
                .update(op4.id(), p -> p.withTextReplaced(at, at + "a high-level".length(), "an urgent high-level"))
                .delete(op2.id())
                .insertAfter(op4.id(), Paragraph.of(ParagraphId.of("new"), ParagraphKind.OPERATIVE, 0, "Decides",
                        "to remain seized of the matter;"))
                .moveBefore(op7.id(), before.byLabel("OP1").orElseThrow().id());

        Comparison c = DocumentComparer.compareVersions(before, after);

        ParagraphChange changed = c.changes().stream().filter(r -> op4.id().equals(r.afterId())).findFirst().orElseThrow();
        assertThat(changed.type()).isEqualTo(ChangeType.CHANGED);
        assertThat(changed.deletedText()).isEqualTo("a");
        assertThat(changed.insertedText()).isEqualTo("an urgent");
        assertThat(c.ofType(ChangeType.DELETED)).extracting(ParagraphChange::beforeLabel).containsExactly("OP2");
        assertThat(c.ofType(ChangeType.INSERTED)).extracting(ParagraphChange::afterLabel).containsExactly("OP4 bis");
        assertThat(c.ofType(ChangeType.MOVED)).extracting(ParagraphChange::beforeLabel).containsExactly("OP7");
        assertThat(c.count(ChangeType.UNCHANGED)).isEqualTo(before.paragraphs().size() - 3);
    }

    @Test
    void resolution_72_195_and_the_2019_draft_are_paired_by_content() {
        Comparison c = DocumentComparer.compareDocuments(Seeds.RES_72_195.parse(), Seeds.DRAFT_2019.parse());

        assertThat(pair(c, "PP1")).isEqualTo(new Object[] {ChangeType.UNCHANGED, "PP1"});
        assertThat(pair(c, "PP5")).as("joined across a page break in both").isEqualTo(new Object[] {ChangeType.UNCHANGED, "PP5"});
        assertThat(pair(c, "PP8(f)")).isEqualTo(new Object[] {ChangeType.UNCHANGED, "PP8(f)"});
        assertThat(pair(c, "PP12")).isEqualTo(new Object[] {ChangeType.CHANGED, "PP13"});
        assertThat(pair(c, "PP29")).isEqualTo(new Object[] {ChangeType.CHANGED, "PP31"});
        assertThat(pair(c, "OP5")).isEqualTo(new Object[] {ChangeType.CHANGED, "OP6"});
        assertThat(pair(c, "OP22")).isEqualTo(new Object[] {ChangeType.CHANGED, "OP26"});

        ParagraphChange op26 = c.byAfterLabel("OP26").orElseThrow();
        assertThat(op26.deletedText()).isEqualTo("seventy-fourth");
        assertThat(op26.insertedText()).isEqualTo("seventy-sixth");
        ParagraphChange op6 = c.byAfterLabel("OP6").orElseThrow();
        assertThat(op6.deletedText()).isEqualTo("Further recalls");
        assertThat(op6.insertedText()).isEqualTo("Recalls");

        // new in the 2019 draft: CCPCJ resolution 27/2, Member States' initiatives, the high-level meeting request
        assertThat(c.ofType(ChangeType.INSERTED)).extracting(ParagraphChange::afterLabel)
                .contains("PP12", "PP22", "OP5", "OP11", "OP12");
        assertThat(c.byAfterLabel("PP12").orElseThrow().insertedText())
                .startsWith("Recalling Commission on Crime Prevention and Criminal Justice resolution 27/2");
        // dropped from 2017: the requests to the principals and to work with the Chief Statisticians
        assertThat(c.ofType(ChangeType.DELETED)).extracting(ParagraphChange::beforeLabel).containsExactly("OP11", "OP12");
    }

    @Test
    void tracked_changes_are_rendered_as_escaped_ins_and_del() {
        Document before = Seeds.RES_72_195.parse();
        Paragraph op1 = before.byLabel("OP1").orElseThrow();
        Document after = before.update(op1.id(), p -> p.withTextReplaced(0, "Member States".length(),
                "<script>States</script>"));
        String html = TrackedChangesHtml.render(DocumentComparer.compareVersions(before, after));
        assertThat(html).doesNotContain("<script>")
                .contains("<div class=\"change changed\" data-before-label=\"OP1\" data-after-label=\"OP1\"")
                .contains("<del>Member</del>")
                .contains("<ins>&lt;script&gt;</ins>");
    }

    private static Object[] pair(Comparison c, String beforeLabel) {
        ParagraphChange r = c.byBeforeLabel(beforeLabel).orElseThrow();
        return new Object[] {r.type(), r.afterLabel()};
    }
}
