package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.admittedOne;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.id;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.insertWordsBefore;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.refusal;
import static org.draftroom.amendment.model.Texts.refused;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;

class AmendmentAdmissibilityTest {
    private static final String OP5_APPRAISAL = "the progress achieved in the implementation of the Global Plan of Action";

    // ---- paragraphs -------------------------------------------------------------------------

    @Test
    void a_paragraph_is_named_by_label_in_any_spacing_or_case_or_by_its_id() {
        ParagraphId pp9c = ParagraphId.of("004-12");
        assertThat(admittedOne(deleteWords("PP9(c)", "regional and ")).paragraph()).isEqualTo(pp9c);
        assertThat(admittedOne(deleteWords("pp 9 (c)", "regional and ")).paragraph()).isEqualTo(pp9c);
        assertThat(admittedOne(deleteWords("004-12", "regional and ")).paragraph()).isEqualTo(pp9c);
        assertThat(admittedOne(deleteWords("pp 9 (c)", "regional and ")).label()).isEqualTo("PP9(c)");
    }

    @Test
    void an_unknown_paragraph_is_refused_naming_it() {
        Refusal r = refused(SEED_004, deleteParagraph("OP99"));
        assertThat(r.type()).isEqualTo("unknown-paragraph");
        assertThat(r.details()).containsEntry("paragraph", "OP99");
        assertThat(r.getMessage()).contains("OP99");
    }

    @Test
    void an_unknown_sub_paragraph_is_refused_naming_it() {
        Refusal r = refused(SEED_004, deleteWords("PP9(g)", "To promote"));
        assertThat(r.details()).containsEntry("paragraph", "PP9(g)");
    }

    @Test
    void an_operation_without_a_paragraph_is_refused() {
        assertThat(refused(SEED_004, deleteParagraph(null)).type()).isEqualTo("paragraph-missing");
        assertThat(refused(SEED_004, deleteParagraph("  ")).type()).isEqualTo("paragraph-missing");
    }

    @Test
    void a_move_next_to_an_unknown_paragraph_is_refused_naming_the_anchor() {
        Refusal r = refused(SEED_004, moveParagraph("OP3", "AFTER", "OP39"));
        assertThat(r.type()).isEqualTo("unknown-paragraph");
        assertThat(r.details()).containsEntry("paragraph", "OP39");
    }

    // ---- quotes -----------------------------------------------------------------------------

    @Test
    void a_quote_that_appears_once_is_its_first_occurrence_in_the_paragraph_named() {
        Operation op = admittedOne(replaceWords("OP7", "30 July", "30 June"));
        assertThat(op.type()).isEqualTo(OperationType.REPLACE_WORDS);
        assertThat(op.paragraph()).isEqualTo(id(SEED_004, "OP7"));
        assertThat(op.quote()).isEqualTo("30 July");
        assertThat(op.occurrence()).isEqualTo(1);
        assertThat(op.text()).isEqualTo("30 June");
        assertThat(op.label()).isEqualTo("OP7");
    }

    @Test
    void a_quote_not_found_is_refused_quoting_what_was_looked_for() {
        Refusal r = refused(SEED_004, replaceWords("OP5", "seventy-third session", "x"));
        assertThat(r.type()).isEqualTo("quote-not-found");
        assertThat(r.details()).containsEntry("quote", "seventy-third session").containsEntry("paragraph", "OP5");
        assertThat(r.getMessage()).contains("\"seventy-third session\"").contains("OP5");
    }

    @Test
    void a_quote_is_looked_for_only_in_the_paragraph_named() {
        assertThat(SEED_004.byLabel("OP7").orElseThrow().fullText()).contains("30 July");
        Refusal r = refused(SEED_004, replaceWords("OP5", "30 July", "30 June"));
        assertThat(r.type()).isEqualTo("quote-not-found");
    }

    @Test
    void a_quote_must_be_exact_in_case_and_spacing() {
        assertThat(refused(SEED_004, deleteWords("OP5", "global plan of action", 1)).type()).isEqualTo("quote-not-found");
        assertThat(refused(SEED_004, deleteWords("OP5", "Global  Plan of Action", 1)).type()).isEqualTo("quote-not-found");
    }

    @Test
    void the_words_an_insertion_goes_next_to_must_be_found_too() {
        Refusal r = refused(SEED_004, insertWordsAfter("PP9(c)", "comprehensive;", "gender-responsive,"));
        assertThat(r.type()).isEqualTo("quote-not-found");
        assertThat(r.details()).containsEntry("quote", "comprehensive;").containsEntry("paragraph", "PP9(c)");
    }

    @Test
    void a_quote_that_appears_twice_needs_its_occurrence() {
        Refusal r = refused(SEED_004, replaceWords("OP5", OP5_APPRAISAL, "the results of the Global Plan of Action"));
        assertThat(r.type()).isEqualTo("ambiguous-quote");
        assertThat(r.details()).containsEntry("occurrences", 2).containsEntry("quote", OP5_APPRAISAL).containsEntry("paragraph", "OP5");
        assertThat(r.getMessage()).contains("2 times");
    }

    @Test
    void the_occurrence_named_is_kept_with_the_quote() {
        Operation second = admittedOne(replaceWords("OP5", OP5_APPRAISAL, 2, "the results of the Global Plan of Action"));
        assertThat(second.occurrence()).isEqualTo(2);
        assertThat(admittedOne(replaceWords("OP7", "30 July", 1, "30 June")).occurrence()).as("naming the only one is fine").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, -1})
    void an_occurrence_that_does_not_exist_is_refused_saying_how_many_there_are(int occurrence) {
        Refusal r = refused(SEED_004, deleteWords("OP5", "Global Plan of Action", occurrence));
        assertThat(r.type()).isEqualTo("quote-not-found");
        assertThat(r.details()).containsEntry("occurrences", 2).containsEntry("quote", "Global Plan of Action");
        assertThat(r.getMessage()).contains("no occurrence " + occurrence);
    }

    @Test
    void an_operation_on_words_must_quote_them() {
        assertThat(refused(SEED_004, deleteWords("OP5", "")).type()).isEqualTo("quote-missing");
        assertThat(refused(SEED_004, replaceWords("OP5", null, "x")).type()).isEqualTo("quote-missing");
    }

    @Test
    void an_insertion_of_words_goes_either_before_or_after_a_quote() {
        ProposedOperation both = new ProposedOperation("INSERT_WORDS", "OP7", null, null, "each year", "annually", "annually",
                null, null, null, null);
        ProposedOperation neither = new ProposedOperation("INSERT_WORDS", "OP7", null, null, "each year", null, null,
                null, null, null, null);
        assertThat(refused(SEED_004, both).type()).isEqualTo("insert-where");
        assertThat(refused(SEED_004, neither).type()).isEqualTo("insert-where");
        Operation after = admittedOne(insertWordsAfter("OP7", "annually", "and globally"));
        assertThat(after.position()).isEqualTo(Position.AFTER);
        assertThat(after.quote()).isEqualTo("annually");
        assertThat(admittedOne(insertWordsBefore("OP7", "annually", "each year and")).position()).isEqualTo(Position.BEFORE);
    }

    // ---- paragraphs inserted, replaced, moved --------------------------------------------------

    @Test
    void an_inserted_paragraph_gets_a_new_id_and_by_default_goes_after_its_anchor_with_the_anchors_kind() {
        Operation op = admittedOne(insertParagraph("OP24", null, "Encourages", "Member States to share good practices;"));
        assertThat(op.paragraph()).isEqualTo(id(SEED_004, "OP24"));
        assertThat(op.position()).isEqualTo(Position.AFTER);
        assertThat(op.kind()).isEqualTo(ParagraphKind.OPERATIVE);
        assertThat(op.openingPhrase()).isEqualTo("Encourages");
        assertThat(op.newParagraph()).isNotNull();
        assertThat(SEED_004.paragraph(op.newParagraph())).isEmpty();
        assertThat(admittedOne(insertParagraph("OP24", null, "Encourages", "Member States to share good practices;"))
                .newParagraph()).as("each insertion its own id").isNotEqualTo(op.newParagraph());
    }

    @Test
    void an_inserted_paragraphs_position_and_kind_are_read_leniently_and_refused_when_unknown() {
        assertThat(admittedOne(insertParagraph("OP1", " before ", "op", "Urges", "all States to act;")).position())
                .isEqualTo(Position.BEFORE);
        assertThat(admittedOne(insertParagraph("PP49", "after", "OPERATIVE", "Urges", "all States to act;")).kind())
                .isEqualTo(ParagraphKind.OPERATIVE);
        assertThat(refused(SEED_004, insertParagraph("OP24", "BESIDE", "Encourages", "x;")).type()).isEqualTo("unknown-position");
        assertThat(refused(SEED_004, insertParagraph("OP24", "AFTER", "ANNEX", "Encourages", "x;")).type()).isEqualTo("unknown-kind");
    }

    @Test
    void a_replaced_paragraph_keeps_its_opening_phrase_unless_a_new_one_is_given() {
        assertThat(admittedOne(replaceParagraph("OP1", null, "all States to ratify the Convention;")).openingPhrase()).isNull();
        assertThat(admittedOne(replaceParagraph("OP1", "  Urges ", "all States to ratify the Convention;")).openingPhrase())
                .isEqualTo("Urges");
    }

    @Test
    void a_paragraph_cannot_move_next_to_its_own_sub_paragraph() {
        Refusal r = refused(SEED_004, moveParagraph("PP9", "AFTER", "PP9(c)"));
        assertThat(r.type()).isEqualTo("move-into-itself");
        assertThat(r.details()).containsEntry("paragraph", "PP9");
    }

    @Test
    void a_move_is_admitted_with_the_anchor_by_id() {
        Operation op = admittedOne(moveParagraph("OP3", "AFTER", "OP7"));
        assertThat(op.paragraph()).isEqualTo(id(SEED_004, "OP3"));
        assertThat(op.anchor()).isEqualTo(id(SEED_004, "OP7"));
        assertThat(op.position()).isEqualTo(Position.AFTER);
    }

    @Test
    void a_new_paragraph_of_the_other_kind_may_go_only_where_the_preamble_meets_the_operative_part() {
        assertThat(admittedOne(insertParagraph("PP49", "AFTER", "OPERATIVE", "Urges", "all States to act;")).kind())
                .isEqualTo(ParagraphKind.OPERATIVE);
        assertThat(admittedOne(insertParagraph("OP1", "BEFORE", "PREAMBULAR", "Recalling", "its resolution 79/286,")).kind())
                .isEqualTo(ParagraphKind.PREAMBULAR);

        Refusal preambularAmongOperative = refused(SEED_004, insertParagraph("OP24", "AFTER", "PREAMBULAR", "Recalling", "x,"));
        assertThat(preambularAmongOperative.type()).isEqualTo("misplaced-paragraph");
        assertThat(preambularAmongOperative.details()).containsEntry("paragraph", "OP24");
        assertThat(preambularAmongOperative.getMessage()).contains("preambular").contains("operative");
        assertThat(refused(SEED_004, insertParagraph("PP9", "AFTER", "OPERATIVE", "Urges", "x;")).type()).isEqualTo("misplaced-paragraph");
        assertThat(refused(SEED_004, insertParagraph("PP9(a)", "BEFORE", "OPERATIVE", "Urges", "x;")).getMessage())
                .isEqualTo("The new paragraph before PP9(a) would put an operative paragraph among the preambular ones");
        assertThat(admittedOne(insertParagraph("PP9(a)", "BEFORE", null, "", "To promote the participation of survivors,")).kind())
                .as("next to a sub-paragraph, one of its kind is a sub-paragraph").isEqualTo(ParagraphKind.PREAMBULAR);
    }

    @Test
    void a_paragraph_may_not_move_into_the_other_part_of_the_text() {
        Refusal r = refused(SEED_004, moveParagraph("PP3", "AFTER", "OP24"));
        assertThat(r.type()).isEqualTo("misplaced-paragraph");
        assertThat(r.details()).containsEntry("paragraph", "PP3");
        assertThat(refused(SEED_004, moveParagraph("PP9(c)", "AFTER", "OP24")).type()).isEqualTo("misplaced-paragraph");
        assertThat(refused(SEED_004, moveParagraph("OP3", "BEFORE", "PP49")).type()).isEqualTo("misplaced-paragraph");
    }

    @Test
    void a_moved_paragraph_may_not_take_over_the_sub_paragraphs_of_another() {
        Refusal r = refused(SEED_004, moveParagraph("PP3", "AFTER", "PP9(c)"));
        assertThat(r.type()).isEqualTo("misplaced-paragraph");
        assertThat(r.details()).containsEntry("paragraph", "PP3");
        assertThat(r.getMessage()).isEqualTo("PP3 after PP9(c) would make PP9(d) a sub-paragraph of PP3");
    }

    @Test
    void a_sub_paragraph_moves_under_another_paragraph_of_its_kind_but_not_to_the_top_of_the_text() {
        assertThat(admittedOne(moveParagraph("PP9(c)", "AFTER", "PP49")).anchor()).isEqualTo(id(SEED_004, "PP49"));
        assertThat(admittedOne(moveParagraph("PP9(c)", "BEFORE", "PP9(a)")).anchor()).isEqualTo(id(SEED_004, "PP9(a)"));
        assertThat(refused(SEED_004, moveParagraph("PP9(c)", "BEFORE", "PP1")).type()).isEqualTo("misplaced-paragraph");
    }

    @Test
    void a_sub_paragraph_may_not_move_under_a_paragraph_of_the_other_kind() {
        Document d = new Document(DocumentMetadata.empty(), List.of(
                Texts.paragraph("pp1", ParagraphKind.PREAMBULAR, 0, "Recalling", "its resolution 70/1,"),
                Texts.paragraph("op1", ParagraphKind.OPERATIVE, 0, "Urges", "States:"),
                Texts.paragraph("op1a", ParagraphKind.OPERATIVE, 1, "", "To act;"),
                Texts.paragraph("op1b", ParagraphKind.OPERATIVE, 1, "", "To report;")), List.of());
        Refusal r = refused(d, moveParagraph("OP1(a)", "BEFORE", "OP1"));
        assertThat(r.type()).isEqualTo("misplaced-paragraph");
        assertThat(r.getMessage()).isEqualTo("OP1(a) before OP1 would put a sub-paragraph under a paragraph of the other kind");
        assertThat(admitted(d, moveParagraph("OP1(a)", "AFTER", "OP1(b)"))).hasSize(1);
    }

    // ---- empty and no-op operations -------------------------------------------------------------

    @Test
    void an_amendment_without_operations_is_refused() {
        assertThat(refusal(() -> AmendmentAdmissibility.admit(SEED_004, List.of())).type()).isEqualTo("no-operations");
        assertThat(refusal(() -> AmendmentAdmissibility.admit(SEED_004, null)).type()).isEqualTo("no-operations");
    }

    @Test
    void an_amendment_holds_at_most_fifty_operations() {
        List<ProposedOperation> fifty = new ArrayList<>();
        for (int i = 1; i <= 38; i++) {
            fifty.add(insertParagraph("OP" + i, "AFTER", "Decides", "to act " + i + ";"));
        }
        for (int i = 1; i <= 12; i++) {
            fifty.add(insertParagraph("PP" + i, "AFTER", "Recalling", "text " + i + ","));
        }
        assertThat(AmendmentAdmissibility.admit(SEED_004, fifty)).hasSize(50);
        List<ProposedOperation> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(insertParagraph("PP13", "AFTER", "Recalling", "text 13,"));
        Refusal r = refusal(() -> AmendmentAdmissibility.admit(SEED_004, fiftyOne));
        assertThat(r.type()).isEqualTo("too-many-operations");
        assertThat(r.getMessage()).contains("51");
    }

    @Test
    void replacing_words_by_the_same_words_is_a_no_op() {
        Refusal r = refused(SEED_004, replaceWords("OP5", "four-year", "four-year"));
        assertThat(r.type()).isEqualTo("no-op");
        assertThat(r.details()).containsEntry("paragraph", "OP5");
    }

    @Test
    void replacing_a_paragraph_by_its_own_text_is_a_no_op_but_a_new_opening_phrase_is_a_change() {
        String op1 = SEED_004.byLabel("OP1").orElseThrow().text();
        assertThat(refused(SEED_004, replaceParagraph("OP1", null, op1)).type()).isEqualTo("no-op");
        assertThat(refused(SEED_004, replaceParagraph("OP1", "Urges", op1)).type()).isEqualTo("no-op");
        assertThat(admittedOne(replaceParagraph("OP1", "Strongly urges", op1)).openingPhrase()).isEqualTo("Strongly urges");
    }

    @Test
    void moving_a_paragraph_next_to_itself_is_a_no_op() {
        assertThat(refused(SEED_004, moveParagraph("OP3", "AFTER", "OP3")).type()).isEqualTo("no-op");
    }

    @Test
    void moving_a_paragraph_to_where_it_already_is_is_a_no_op() {
        Refusal r = refused(SEED_004, moveParagraph("OP3", "AFTER", "OP2"));
        assertThat(r.type()).isEqualTo("no-op");
        assertThat(r.details()).containsEntry("paragraph", "OP3");
        assertThat(r.getMessage()).contains("OP3 after OP2");
        assertThat(refused(SEED_004, moveParagraph("OP3", "BEFORE", "OP4")).type()).isEqualTo("no-op");
        assertThat(refused(SEED_004, moveParagraph("PP10", "AFTER", "PP9")).type()).as("after PP9 means after PP9(f)").isEqualTo("no-op");
        assertThat(admittedOne(moveParagraph("OP3", "BEFORE", "OP2")).anchor()).isEqualTo(id(SEED_004, "OP2"));
    }

    @Test
    void an_operation_that_needs_new_text_is_refused_without_it() {
        assertThat(refused(SEED_004, replaceWords("OP7", "30 July", null)).type()).isEqualTo("text-missing");
        assertThat(refused(SEED_004, insertWordsAfter("OP7", "annually", "   ")).type()).isEqualTo("text-missing");
        assertThat(refused(SEED_004, replaceParagraph("OP7", "Recalls", "")).type()).isEqualTo("text-missing");
        Refusal r = refused(SEED_004, insertParagraph("OP24", "AFTER", "Encourages", null));
        assertThat(r.type()).isEqualTo("text-missing");
        assertThat(r.details()).containsEntry("paragraph", "OP24");
    }

    @Test
    void replacing_words_by_nothing_is_admitted_as_a_deletion() {
        assertThat(admittedOne(replaceWords("OP7", ", to be observed annually", "")).text()).isEmpty();
    }

    @Test
    void an_unknown_operation_type_is_refused_and_a_known_one_is_read_in_any_case() {
        ProposedOperation explode = new ProposedOperation("EXPLODE", "OP5", null, null, null, null, null, null, null, null, null);
        Refusal r = refused(SEED_004, explode);
        assertThat(r.type()).isEqualTo("unknown-operation");
        assertThat(r.getMessage()).contains("'EXPLODE'");
        assertThat(refused(SEED_004, new ProposedOperation(null, "OP5", null, null, null, null, null, null, null, null, null)).type())
                .isEqualTo("unknown-operation");
        ProposedOperation lower = new ProposedOperation(" delete_paragraph ", "OP5", null, null, null, null, null, null, null, null, null);
        assertThat(admittedOne(lower).type()).isEqualTo(OperationType.DELETE_PARAGRAPH);
    }

    // ---- operations of one amendment ----------------------------------------------------------

    @Test
    void two_operations_of_one_amendment_may_not_touch_the_same_words() {
        Refusal r = refused(SEED_004, replaceWords("OP5", "four-year basis", "five-year basis"),
                deleteWords("OP5", "basis starting"));
        assertThat(r.type()).isEqualTo("overlapping-operations");
        assertThat(r.details()).containsEntry("paragraph", "OP5");
    }

    @Test
    void one_amendment_may_delete_a_paragraph_but_not_edit_it_as_well() {
        Refusal r = refused(SEED_004, replaceWords("OP7", "30 July", "30 June"), deleteParagraph("OP7"));
        assertThat(r.type()).isEqualTo("overlapping-operations");
        assertThat(r.details()).containsEntry("paragraph", "OP7");
    }

    @Test
    void one_amendment_may_change_disjoint_words_of_a_paragraph_and_several_paragraphs() {
        List<Operation> ops = admitted(SEED_004,
                replaceWords("OP5", "four-year basis", "five-year basis"),
                replaceWords("OP5", OP5_APPRAISAL, 2, "the results of the Global Plan of Action"),
                deleteWords("PP9(c)", "regional and "),
                insertParagraph("OP24", "AFTER", "Encourages", "Member States to share good practices;"),
                insertParagraph("OP24", "AFTER", "Also encourages", "Member States to report;"));
        assertThat(ops).extracting(Operation::label).containsExactly("OP5", "OP5", "PP9(c)", "OP24", "OP24");
    }

    @Test
    void every_operation_is_checked_and_the_first_bad_one_is_named() {
        Refusal r = refused(SEED_004, replaceWords("OP7", "30 July", "30 June"), deleteWords("OP8", "no such words"));
        assertThat(r.details()).containsEntry("paragraph", "OP8").containsEntry("quote", "no such words");
    }
}
