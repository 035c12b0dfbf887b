package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.fullText;
import static org.draftroom.amendment.model.Texts.id;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.insertWordsBefore;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.refusal;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;
import static org.draftroom.amendment.model.Texts.small;

class AmendmentApplicationTest {
    private static final String OP5_APPRAISAL = "the progress achieved in the implementation of the Global Plan of Action";

    /** Admits the operations against {@code document} and applies them, as accepting an amendment does. */
    private static Document amend(Document document, ProposedOperation... operations) {
        return AmendmentApplication.apply(document, admitted(document, operations));
    }

    private static Paragraph paragraph(Document document, String label) {
        return document.byLabel(label).orElseThrow(() -> new AssertionError("no " + label + " in " + document.labels()));
    }

    /** The paragraph's text up to where footnote {@code number} is marked. */
    private static String textBeforeMarker(Paragraph p, int number) {
        FootnoteRef ref = p.footnoteRefs().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("footnote " + number + " is no longer marked in " + p.fullText()));
        return p.text().substring(0, ref.offset());
    }

    // ---- words ----------------------------------------------------------------------------------

    @Test
    void words_that_appear_twice_are_replaced_at_the_occurrence_named() {
        String op5 = fullText(amend(SEED_004, replaceWords("OP5", OP5_APPRAISAL, 2, "the results of the Global Plan of Action")), "OP5");
        assertThat(op5).contains("on a four-year basis starting at its seventy-second session, " + OP5_APPRAISAL + " in order to assess");
        assertThat(op5).contains("on the results of the Global Plan of Action at its eighty-fourth session");

        String first = fullText(amend(SEED_004, replaceWords("OP5", OP5_APPRAISAL, 1, "the results of the Global Plan of Action")), "OP5");
        assertThat(first).contains("seventy-second session, the results of the Global Plan of Action in order to assess");
        assertThat(first).contains("on " + OP5_APPRAISAL + " at its eighty-fourth session");
    }

    @Test
    void words_are_inserted_after_and_before_a_quote_and_deleted_in_sub_paragraph_pp9c() {
        Document amended = amend(SEED_004,
                insertWordsAfter("PP9(c)", "comprehensive,", "gender-responsive,"),
                deleteWords("PP9(c)", "regional and "),
                insertWordsBefore("PP9(c)", "to counter", "and with the participation of survivors"));
        assertThat(fullText(amended, "PP9(c)")).isEqualTo("To promote comprehensive, gender-responsive, coordinated and consistent"
                + " responses at the national, international levels and with the participation of survivors to counter trafficking in persons,");
        assertThat(paragraph(amended, "PP9(c)").id()).isEqualTo(id(SEED_004, "PP9(c)"));
        assertThat(amended.labels()).isEqualTo(SEED_004.labels());
    }

    @Test
    void several_changes_to_one_paragraph_are_all_located_in_the_text_as_it_was() {
        String before = fullText(SEED_004, "OP5");
        String after = fullText(amend(SEED_004,
                replaceWords("OP5", "four-year", "five-year"),
                replaceWords("OP5", OP5_APPRAISAL, 2, "the results of the Global Plan of Action"),
                deleteWords("OP5", "gaps and "),
                insertWordsAfter("OP5", "December 2029", "at the latest")), "OP5");
        int second = before.lastIndexOf(OP5_APPRAISAL);
        String expected = before.substring(0, second) + "the results of the Global Plan of Action"
                + before.substring(second + OP5_APPRAISAL.length());
        expected = expected.replace("four-year", "five-year").replace("gaps and ", "").replace("December 2029", "December 2029 at the latest");
        assertThat(after).isEqualTo(expected);
    }

    @ParameterizedTest(name = "delete \"{1}\" from {0}")
    @CsvSource(delimiter = '|', value = {
        "OP1   | all                | Urges States to ratify the Convention and the Protocol;",
        "OP1   | and the Protocol   | Urges all States to ratify the Convention;",
        "OP1   | Urges              | all States to ratify the Convention and the Protocol;",
        "PP2(a)| To promote         | ratification of the Convention,",
        "PP2(a)| of the Convention  | To promote ratification,",
        "PP1   | its resolution     | Recalling 70/1 and its resolution 72/195,",
    })
    void deleted_words_take_one_neighbouring_space_with_them(String label, String quote, String expected) {
        Document amended = amend(small(), deleteWords(label, quote, 1));
        assertThat(fullText(amended, label)).isEqualTo(expected);
    }

    @Test
    void deleting_words_that_start_with_a_comma_leaves_the_punctuation_around_them_right() {
        assertThat(fullText(amend(SEED_004, deleteWords("OP7", ", to be observed annually")), "OP7"))
                .startsWith("Recalls its decision to designate 30 July as the World Day against Trafficking in Persons, and, while welcoming");
    }

    @Test
    void replacing_words_by_nothing_deletes_them_as_delete_words_does() {
        assertThat(amend(small(), replaceWords("OP1", "all", "")).paragraphs())
                .isEqualTo(amend(small(), deleteWords("OP1", "all")).paragraphs());
    }

    @ParameterizedTest(name = "insert \"{3}\" {1} \"{2}\" in {0}")
    @CsvSource(delimiter = '|', value = {
        "OP7    | AFTER  | annually                   | and globally     | to be observed annually and globally, and, while",
        "OP7    | AFTER  | 30 July                    | ', each year,'   | to designate 30 July, each year, as the World Day",
        "OP7    | BEFORE | 30 July                    | 29 or            | to designate 29 or 30 July as the World Day",
        "OP7    | BEFORE | Recalls                    | Also             | Also Recalls its decision",
        "OP7    | BEFORE | ', to be observed annually'| and its victims  | against Trafficking in Persons and its victims, to be observed annually,",
        "PP9(c) | AFTER  | 'regional and '            | subregional and  | at the national, regional and subregional and international levels",
        "PP9(c) | BEFORE | ' to counter'              | ', in particular,' | international levels, in particular, to counter trafficking",
        "PP13   | AFTER  | 2023, entitled “Trafficking in persons, especially women and children | and girls | and children and girls”, and",
        "PP13   | BEFORE | Trafficking in persons, especially women and children” | Combating | entitled “Combating Trafficking in persons,",
    })
    void inserted_words_are_spaced_as_words(String label, String position, String quote, String text, String expected) {
        ProposedOperation insert = "AFTER".equals(position) ? insertWordsAfter(label, quote, text) : insertWordsBefore(label, quote, text);
        assertThat(fullText(amend(SEED_004, insert), label)).contains(expected);
    }

    @Test
    void words_inserted_next_to_straight_quotation_marks_are_spaced_as_words() {
        Document d = new Document(DocumentMetadata.empty(), List.of(Texts.paragraph("pp1", ParagraphKind.PREAMBULAR, 0, "Recalling",
                "its resolution entitled \"Trafficking in persons\", and States' commitments,")), List.of());
        assertThat(fullText(amend(d, insertWordsAfter("PP1", "in persons", "and migrant smuggling")), "PP1"))
                .isEqualTo("Recalling its resolution entitled \"Trafficking in persons and migrant smuggling\", and States' commitments,");
        assertThat(fullText(amend(d, insertWordsBefore("PP1", "Trafficking", "Combating")), "PP1"))
                .isEqualTo("Recalling its resolution entitled \"Combating Trafficking in persons\", and States' commitments,");
        assertThat(fullText(amend(d, insertWordsAfter("PP1", "entitled", "\"Victims\" and")), "PP1"))
                .isEqualTo("Recalling its resolution entitled \"Victims\" and \"Trafficking in persons\", and States' commitments,");
        assertThat(fullText(amend(d, insertWordsAfter("PP1", "and States", "and other stakeholders")), "PP1"))
                .isEqualTo("Recalling its resolution entitled \"Trafficking in persons\", and States and other stakeholders' commitments,");
    }

    @Test
    void words_in_the_opening_phrase_are_changed_in_the_opening_phrase() {
        Paragraph recalls = paragraph(amend(SEED_004, replaceWords("OP5", "Also recalls", "Recalls")), "OP5");
        assertThat(recalls.openingPhrase()).isEqualTo("Recalls");
        assertThat(recalls.text()).isEqualTo(paragraph(SEED_004, "OP5").text());

        Paragraph across = paragraph(amend(SEED_004, replaceWords("OP5", "Also recalls its decision", "Recalls its earlier decision")),
                "OP5");
        assertThat(across.fullText())
                .isEqualTo(fullText(SEED_004, "OP5").replace("Also recalls its decision", "Recalls its earlier decision"));
    }

    // ---- footnote markers ----------------------------------------------------------------------

    @Test
    void a_footnote_marker_survives_a_change_of_the_words_before_it() {
        Paragraph before = paragraph(SEED_004, "OP2");
        Paragraph after = paragraph(amend(SEED_004, replaceWords("OP2", "Member States and other stakeholders",
                "all Member States and relevant stakeholders")), "OP2");
        assertThat(after.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(35);
        assertThat(textBeforeMarker(after, 35)).isEqualTo(textBeforeMarker(before, 35)
                .replace("Member States and other stakeholders", "all Member States and relevant stakeholders"));
    }

    @Test
    void a_footnote_marker_stays_after_the_words_it_follows_when_they_are_extended() {
        Paragraph op2 = paragraph(amend(small(), replaceWords("OP2", "the Convention,", "the Convention and its Protocols,")), "OP2");
        assertThat(textBeforeMarker(op2, 1)).isEqualTo("States parties to the Convention and its Protocols,");
    }

    @Test
    void a_footnote_marker_inside_deleted_words_is_kept_at_the_edge_of_the_deletion() {
        Paragraph op2 = paragraph(amend(small(), deleteWords("OP2", "to the Convention, as well as other States,")), "OP2");
        assertThat(op2.fullText()).isEqualTo("Invites States parties to contribute;");
        assertThat(op2.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1);
    }

    @Test
    void footnote_markers_after_deleted_words_move_with_their_words() {
        Paragraph pp5 = paragraph(amend(SEED_004, deleteWords("PP5", "by the General Assembly ")), "PP5");
        assertThat(pp5.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1, 2, 3, 4);
        assertThat(textBeforeMarker(pp5, 1)).isEqualTo("the adoption of the 2030 Agenda for Sustainable Development,");
        assertThat(textBeforeMarker(pp5, 2)).endsWith("sexual and other types of exploitation,");
    }

    @Test
    void a_replaced_paragraph_keeps_its_footnote_markers() {
        Paragraph pp19 = paragraph(amend(SEED_004, replaceParagraph("PP19", null, "the role of the Coordination Group,")), "PP19");
        assertThat(pp19.openingPhrase()).isEqualTo("Recognizing also");
        assertThat(pp19.text()).isEqualTo("the role of the Coordination Group,");
        assertThat(pp19.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(20, 21);
    }

    // ---- whole paragraphs -----------------------------------------------------------------------

    @Test
    void a_paragraph_inserted_after_op24_is_op24_bis_and_op25_keeps_its_label() {
        Document amended = amend(SEED_004, insertParagraph("OP24", "AFTER", "Encourages",
                "Member States to share good practices in protecting victims in armed conflict;"));
        Paragraph bis = paragraph(amended, "OP24 bis");
        assertThat(bis.fullText()).isEqualTo("Encourages Member States to share good practices in protecting victims in armed conflict;");
        assertThat(bis.inserted()).isTrue();
        assertThat(bis.kind()).isEqualTo(ParagraphKind.OPERATIVE);
        assertThat(bis.depth()).isZero();
        assertThat(amended.labels()).containsSubsequence("OP24", "OP24 bis", "OP25");
        assertThat(paragraph(amended, "OP25").id()).isEqualTo(id(SEED_004, "OP25"));
    }

    @Test
    void the_new_paragraph_gets_the_id_it_was_admitted_with_so_a_later_amendment_can_name_op24_bis() {
        List<Operation> ops = admitted(SEED_004, insertParagraph("OP24", "AFTER", "Encourages", "Member States to share good practices;"));
        Document amended = AmendmentApplication.apply(SEED_004, ops);
        assertThat(amended.labelOf(ops.get(0).newParagraph())).isEqualTo("OP24 bis");
        Document again = amend(amended, replaceWords("OP24 bis", "good practices", "lessons learned"));
        assertThat(fullText(again, "OP24 bis")).isEqualTo("Encourages Member States to share lessons learned;");
    }

    @Test
    void paragraphs_inserted_at_one_place_keep_the_order_they_were_given() {
        Document after = amend(SEED_004,
                insertParagraph("OP24", "AFTER", "Encourages", "first;"),
                insertParagraph("OP24", "AFTER", "Encourages", "second;"));
        assertThat(fullText(after, "OP24 bis")).isEqualTo("Encourages first;");
        assertThat(fullText(after, "OP24 ter")).isEqualTo("Encourages second;");

        Document before = amend(SEED_004,
                insertParagraph("OP25", "BEFORE", "Encourages", "first;"),
                insertParagraph("OP25", "BEFORE", "Encourages", "second;"));
        assertThat(fullText(before, "OP24 bis")).isEqualTo("Encourages first;");
        assertThat(fullText(before, "OP24 ter")).isEqualTo("Encourages second;");
    }

    @Test
    void a_paragraph_inserted_after_one_with_sub_paragraphs_comes_after_them_and_one_inserted_after_a_sub_paragraph_is_one() {
        Document amended = amend(SEED_004,
                insertParagraph("PP9", "AFTER", "Recalling", "its resolution 79/286,"),
                insertParagraph("PP9(c)", "AFTER", "", "To promote the participation of survivors,"));
        assertThat(amended.labels()).containsSubsequence("PP9(c)", "PP9(c bis)", "PP9(d)", "PP9(f)", "PP9 bis", "PP10");
        assertThat(paragraph(amended, "PP9(c bis)").depth()).isEqualTo(1);
        assertThat(paragraph(amended, "PP9 bis").depth()).isZero();
        assertThat(fullText(amended, "PP9 bis")).isEqualTo("Recalling its resolution 79/286,");
    }

    @Test
    void a_replaced_paragraph_keeps_its_id_and_takes_the_new_opening_phrase_when_given() {
        Paragraph op1 = paragraph(amend(SEED_004, replaceParagraph("OP1", "Urges",
                "all States to ratify the Convention and the Protocol without delay;")), "OP1");
        assertThat(op1.id()).isEqualTo(id(SEED_004, "OP1"));
        assertThat(op1.fullText()).isEqualTo("Urges all States to ratify the Convention and the Protocol without delay;");

        Paragraph op4 = paragraph(amend(SEED_004, replaceParagraph("OP4", "Also recalls", "the high-level meetings;")), "OP4");
        assertThat(op4.fullText()).isEqualTo("Also recalls the high-level meetings;");
        assertThat(op4.emphasis()).as("the italics of 'inter alia' went with the old text").isEmpty();
    }

    @Test
    void a_deleted_paragraph_goes_with_its_sub_paragraphs_and_the_next_ones_move_up() {
        Document amended = amend(SEED_004, deleteParagraph("PP9"));
        assertThat(amended.paragraphs()).hasSize(SEED_004.paragraphs().size() - 7);
        assertThat(amended.paragraph(id(SEED_004, "PP9(c)"))).isEmpty();
        assertThat(paragraph(amended, "PP9").id()).isEqualTo(id(SEED_004, "PP10"));
        assertThat(amended.labels()).noneMatch(l -> l.contains("("));
    }

    @Test
    void a_moved_paragraph_takes_its_new_place_and_label_with_its_sub_paragraphs() {
        Document op3AfterOp7 = amend(SEED_004, moveParagraph("OP3", "AFTER", "OP7"));
        assertThat(paragraph(op3AfterOp7, "OP7").id()).isEqualTo(id(SEED_004, "OP3"));
        assertThat(paragraph(op3AfterOp7, "OP6").id()).isEqualTo(id(SEED_004, "OP7"));

        Document op7BeforeOp1 = amend(SEED_004, moveParagraph("OP7", "BEFORE", "OP1"));
        assertThat(paragraph(op7BeforeOp1, "OP1").id()).isEqualTo(id(SEED_004, "OP7"));

        Document pp9AfterPp12 = amend(SEED_004, moveParagraph("PP9", "AFTER", "PP12"));
        assertThat(paragraph(pp9AfterPp12, "PP12").id()).isEqualTo(id(SEED_004, "PP9"));
        assertThat(paragraph(pp9AfterPp12, "PP12(c)").id()).isEqualTo(id(SEED_004, "PP9(c)"));
    }

    @Test
    void one_amendment_may_change_words_insert_move_and_delete_paragraphs_at_once() {
        Document amended = amend(SEED_004,
                deleteParagraph("OP25"),
                insertParagraph("OP24", "AFTER", "Encourages", "Member States to share good practices;"),
                moveParagraph("OP3", "AFTER", "OP7"),
                replaceWords("OP7", "30 July", "30 June"));
        assertThat(amended.paragraph(id(SEED_004, "OP25"))).isEmpty();
        assertThat(fullText(amended, "OP24 bis")).isEqualTo("Encourages Member States to share good practices;");
        assertThat(paragraph(amended, "OP7").id()).isEqualTo(id(SEED_004, "OP3"));
        assertThat(fullText(amended, "OP6")).contains("to designate 30 June as the World Day");
        assertThat(amended.count(ParagraphKind.OPERATIVE, 0)).isEqualTo(38);
    }

    // ---- several amendments and what cannot be applied ------------------------------------------

    @Test
    void amendments_that_do_not_compete_are_applied_together_against_the_same_text() {
        List<Operation> a = admitted(SEED_004, replaceWords("OP5", "four-year", "five-year"));
        List<Operation> b = admitted(SEED_004, replaceWords("OP5", "eighty-fourth session", "eighty-third session"));
        String op5 = fullText(AmendmentApplication.applyAll(SEED_004, List.of(a, b)), "OP5");
        assertThat(op5).contains("on a five-year basis").contains("at its eighty-third session");
    }

    @Test
    void amendments_that_change_the_same_words_cannot_be_applied_together() {
        List<Operation> a = admitted(SEED_004, replaceWords("OP5", "four-year basis", "five-year basis"));
        List<Operation> b = admitted(SEED_004, replaceWords("OP5", "four-year", "three-year"));
        Refusal r = refusal(() -> AmendmentApplication.applyAll(SEED_004, List.of(a, b)));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.type()).isEqualTo("overlapping-changes");
        assertThat(r.getMessage()).contains("OP5");
    }

    @Test
    void words_no_longer_in_the_text_are_a_conflict_quoting_them() {
        List<Operation> ops = admitted(SEED_004, deleteWords("OP7", ", to be observed annually"));
        Document changed = amend(SEED_004, replaceWords("OP7", "observed annually", "observed every year"));
        Refusal r = refusal(() -> AmendmentApplication.apply(changed, ops));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.type()).isEqualTo("target-changed");
        assertThat(r.details()).containsEntry("paragraph", "OP7").containsEntry("quote", ", to be observed annually");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"REPLACE_PARAGRAPH", "DELETE_PARAGRAPH", "INSERT_PARAGRAPH", "MOVE_PARAGRAPH"})
    void a_paragraph_no_longer_in_the_text_is_a_conflict_naming_it(String type) {
        ProposedOperation onOp25 = new ProposedOperation(type, "OP25", null, null, "about armed groups;", null, null, "Expresses concern",
                null, "OP1", null);
        List<Operation> ops = admitted(SEED_004, onOp25);
        Document without = amend(SEED_004, deleteParagraph("OP25"));
        Refusal r = refusal(() -> AmendmentApplication.apply(without, ops));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.type()).isEqualTo("target-changed");
        assertThat(r.details()).containsEntry("paragraph", "OP25");
    }
}
