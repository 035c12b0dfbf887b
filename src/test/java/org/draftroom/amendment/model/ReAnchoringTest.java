package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.fullText;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.refusal;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;

class ReAnchoringTest {
    /** Version 1 is seed 004; version 2 is version 1 with {@code accepted} applied. */
    private static Document version2(ProposedOperation... accepted) {
        return AmendmentApplication.apply(SEED_004, admitted(SEED_004, accepted));
    }

    private static Refusal refused(Document current, List<Operation> written) {
        Refusal r = refusal(() -> ReAnchoring.reAnchor(SEED_004, current, written));
        assertThat(r.kind()).as("a changed target is a 409").isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.type()).isEqualTo("target-changed");
        return r;
    }

    @Test
    void an_amendment_against_the_current_version_is_left_as_it_is() {
        List<Operation> ops = admitted(SEED_004, deleteWords("OP7", ", to be observed annually"));
        assertThat(ReAnchoring.reAnchor(SEED_004, SEED_004, ops)).isSameAs(ops);
    }

    @Test
    void words_whose_paragraph_changed_elsewhere_are_carried_over_and_apply_to_the_current_text() {
        Document v2 = version2(replaceWords("OP7", "30 July", "30 June"));
        List<Operation> written = admitted(SEED_004, deleteWords("OP7", ", to be observed annually"));
        List<Operation> carried = ReAnchoring.reAnchor(SEED_004, v2, written);
        assertThat(carried).isEqualTo(written);
        assertThat(fullText(AmendmentApplication.apply(v2, carried), "OP7"))
                .startsWith("Recalls its decision to designate 30 June as the World Day against Trafficking in Persons, and, while");
    }

    @Test
    void a_carried_amendment_takes_the_labels_of_the_current_version() {
        Document v2 = version2(insertParagraph("OP4", "AFTER", "Decides", "to hold a meeting;")).renumbered();
        List<Operation> carried = ReAnchoring.reAnchor(SEED_004, v2, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June"),
                moveParagraph("OP3", "AFTER", "OP9")));
        assertThat(carried).extracting(Operation::label).containsExactly("OP8", "OP3");
        assertThat(carried.get(0).paragraph()).isEqualTo(SEED_004.byLabel("OP7").orElseThrow().id());
    }

    @Test
    void quoted_words_that_changed_are_refused_naming_the_paragraph_and_the_quote() {
        Document v2 = version2(replaceWords("OP7", "30 July", "30 June"));
        Refusal r = refused(v2, admitted(SEED_004, replaceWords("OP7", "30 July", "1 August")));
        assertThat(r.details()).containsEntry("paragraph", "OP7").containsEntry("quote", "30 July");
        assertThat(r.getMessage()).contains("OP7").contains("\"30 July\"");
    }

    @Test
    void quoted_words_that_now_appear_once_more_are_refused_since_the_occurrence_could_mean_other_words() {
        Document v2 = version2(insertWordsAfter("OP7", "annually", "on 30 July"));
        Refusal r = refused(v2, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")));
        assertThat(r.details()).containsEntry("paragraph", "OP7");
    }

    @Test
    void an_occurrence_whose_number_now_means_other_words_is_refused_though_the_count_is_the_same() {
        // OP7 says "World Day" three times; version 2 drops the first and adds one at the end.
        Document v2 = version2(replaceWords("OP7", "as the World Day against", "as the day against"),
                insertWordsAfter("OP7", "their rights", "on the World Day"));
        assertThat(v2.byLabel("OP7").orElseThrow().countOccurrences("World Day")).isEqualTo(3);
        Refusal r = refused(v2, admitted(SEED_004, replaceWords("OP7", "World Day", 2, "International Day")));
        assertThat(r.details()).containsEntry("paragraph", "OP7").containsEntry("quote", "World Day");
    }

    @Test
    void every_operation_is_checked_and_the_one_that_changed_is_named() {
        Document v2 = version2(replaceWords("OP8", "victims and survivors", "survivors"));
        Refusal r = refused(v2, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June"),
                insertWordsAfter("OP8", "victims and survivors", "of trafficking")));
        assertThat(r.details()).containsEntry("paragraph", "OP8");
    }

    @Test
    void an_amendment_to_a_deleted_paragraph_is_refused_naming_it() {
        Document v2 = version2(deleteParagraph("OP7"));
        Refusal r = refused(v2, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")));
        assertThat(r.details()).containsEntry("paragraph", "OP7");
        assertThat(r.getMessage()).contains("OP7").contains("deleted");
        assertThat(refused(v2, admitted(SEED_004, insertParagraph("OP7", "AFTER", "Decides", "to act;"))).details())
                .containsEntry("paragraph", "OP7");
    }

    @Test
    void a_paragraph_replaced_or_deleted_as_a_whole_must_read_exactly_as_before() {
        Document v2 = version2(replaceWords("OP7", "30 July", "30 June"));
        assertThat(refused(v2, admitted(SEED_004, deleteParagraph("OP7"))).details()).containsEntry("paragraph", "OP7");
        assertThat(refused(v2, admitted(SEED_004, replaceParagraph("OP7", null, "its decision on the World Day;"))).details())
                .containsEntry("paragraph", "OP7");
        assertThat(ReAnchoring.reAnchor(SEED_004, v2, admitted(SEED_004, deleteParagraph("OP8")))).hasSize(1);
    }

    @Test
    void a_move_is_carried_over_while_both_paragraphs_exist_and_refused_when_its_anchor_was_deleted() {
        Document v2 = version2(replaceWords("OP3", "Governments", "States"), replaceWords("OP7", "30 July", "30 June"));
        assertThat(ReAnchoring.reAnchor(SEED_004, v2, admitted(SEED_004, moveParagraph("OP3", "AFTER", "OP7")))).hasSize(1);

        Document withoutOp7 = version2(deleteParagraph("OP7"));
        Refusal r = refused(withoutOp7, admitted(SEED_004, moveParagraph("OP3", "AFTER", "OP7")));
        assertThat(r.details()).containsEntry("paragraph", "OP3");
        assertThat(r.getMessage()).contains("lost the paragraph it moves next to");
    }

    @Test
    void deleting_a_paragraph_whose_sub_paragraph_changed_is_refused_naming_the_sub_paragraph() {
        Document v2 = version2(deleteWords("PP9(c)", "regional and "));
        Refusal r = refused(v2, admitted(SEED_004, deleteParagraph("PP9")));
        assertThat(r.details()).containsEntry("paragraph", "PP9(c)");
        assertThat(r.getMessage()).contains("deletes PP9").contains("PP9(c) changed");
    }

    @Test
    void deleting_a_paragraph_that_gained_or_lost_a_sub_paragraph_is_refused() {
        Document v2 = version2(insertParagraph("PP9(c)", "AFTER", "", "To promote the participation of survivors,"));
        assertThat(refused(v2, admitted(SEED_004, deleteParagraph("PP9"))).details()).containsEntry("paragraph", "PP9(c bis)");
        Document fewer = version2(deleteParagraph("PP9(f)"));
        assertThat(refused(fewer, admitted(SEED_004, deleteParagraph("PP9"))).details()).containsEntry("paragraph", "PP9(f)");
    }

    @Test
    void deleting_a_paragraph_whose_sub_paragraphs_are_unchanged_is_carried_over() {
        Document v2 = version2(replaceWords("PP10", "61/180", "61/144"));
        assertThat(ReAnchoring.reAnchor(SEED_004, v2, admitted(SEED_004, deleteParagraph("PP9")))).hasSize(1);
    }
}
