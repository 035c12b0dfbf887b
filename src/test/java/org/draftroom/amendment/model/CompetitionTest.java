package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.amendment;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.id;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.insertWordsBefore;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;
import static org.draftroom.amendment.model.Texts.subAmendment;

class CompetitionTest {
    private static int numbers;

    /** A pending amendment to seed 004, numbered in the order written. */
    private static Amendment proposed(ProposedOperation... operations) {
        return amendment(++numbers, admitted(SEED_004, operations));
    }

    private static Set<ParagraphId> competing(Amendment a, Amendment b) {
        Set<ParagraphId> ab = Competition.between(SEED_004, a, b);
        assertThat(Competition.between(SEED_004, b, a)).as("competition is mutual").isEqualTo(ab);
        return ab;
    }

    private static Set<ParagraphId> at(String... labels) {
        return Set.of(List.of(labels).stream().map(l -> id(SEED_004, l)).toArray(ParagraphId[]::new));
    }

    // ---- words ----------------------------------------------------------------------------------

    @Test
    void amendments_changing_overlapping_words_of_op5_compete_on_op5() {
        Amendment fiveYears = proposed(replaceWords("OP5", "four-year basis", "five-year basis"));
        Amendment threeYears = proposed(replaceWords("OP5", "a four-year", "a three-year"));
        Amendment noBasis = proposed(deleteWords("OP5", "basis starting"));
        assertThat(competing(fiveYears, threeYears)).isEqualTo(at("OP5"));
        assertThat(competing(fiveYears, noBasis)).isEqualTo(at("OP5"));
        assertThat(competing(threeYears, noBasis)).as("'a four-year' and 'basis starting' do not overlap").isEmpty();
    }

    @Test
    void amendments_changing_disjoint_words_of_the_same_paragraph_do_not_compete() {
        Amendment fiveYears = proposed(replaceWords("OP5", "four-year basis", "five-year basis"));
        Amendment sooner = proposed(replaceWords("OP5", "eighty-fourth session", "eighty-third session"));
        Amendment adjacent = proposed(deleteWords("OP5", " starting at its seventy-second session"));
        assertThat(competing(fiveYears, sooner)).isEmpty();
        assertThat(competing(fiveYears, adjacent)).as("words that touch but do not overlap").isEmpty();
    }

    @Test
    void the_same_words_at_different_occurrences_do_not_compete_and_at_the_same_occurrence_do() {
        String appraisal = "the progress achieved in the implementation of the Global Plan of Action";
        Amendment first = proposed(replaceWords("OP5", appraisal, 1, "the results of the Global Plan of Action"));
        Amendment second = proposed(replaceWords("OP5", appraisal, 2, "the results of the Global Plan of Action"));
        Amendment secondAgain = proposed(deleteWords("OP5", "Global Plan of Action", 2));
        assertThat(competing(first, second)).isEmpty();
        assertThat(competing(second, secondAgain)).isEqualTo(at("OP5"));
        assertThat(competing(first, secondAgain)).isEmpty();
    }

    @Test
    void words_inserted_inside_changed_words_or_next_to_words_that_change_compete_and_next_to_other_words_do_not() {
        Amendment fiveYears = proposed(replaceWords("OP5", "four-year basis", "five-year basis"));
        Amendment inside = proposed(insertWordsAfter("OP5", "four-year", "rolling"));
        Amendment afterTheChangedWords = proposed(insertWordsAfter("OP5", "four-year basis", "or sooner"));
        Amendment beforeTheChangedWords = proposed(insertWordsBefore("OP5", "four-year basis", "flexible"));
        Amendment afterOtherWords = proposed(insertWordsAfter("OP5", "existing resources, on a", "flexible"));
        assertThat(competing(fiveYears, inside)).isEqualTo(at("OP5"));
        assertThat(competing(fiveYears, afterTheChangedWords)).as("'or sooner' would follow words no longer there").isEqualTo(at("OP5"));
        assertThat(competing(fiveYears, beforeTheChangedWords)).isEqualTo(at("OP5"));
        assertThat(competing(fiveYears, afterOtherWords)).as("the same point, after words that stay").isEmpty();
    }

    @Test
    void an_insertion_inside_the_words_another_insertion_quotes_competes_with_it() {
        Amendment beforeTheWords = proposed(insertWordsBefore("OP5", "four-year basis", "flexible"));
        Amendment insideThem = proposed(insertWordsAfter("OP5", "four-year", "rolling"));
        assertThat(competing(beforeTheWords, insideThem)).isEqualTo(at("OP5"));
    }

    @Test
    void a_deletion_competes_with_an_insertion_whose_quote_ends_in_the_space_the_deletion_takes() {
        Document small = Texts.small();
        Amendment insertion = amendment(1, admitted(small, insertWordsAfter("OP1", "ratify ", "promptly")));
        Amendment deletion = amendment(2, admitted(small, deleteWords("OP1", "the Convention and")));
        assertThat(Competition.between(small, insertion, deletion)).isNotEmpty();
    }

    @Test
    void deleting_words_competes_with_inserting_next_to_them_which_together_would_leave_the_insertion_dangling() {
        Amendment deletion = proposed(deleteWords("OP5", "on a four-year basis"));
        Amendment insertion = proposed(insertWordsAfter("OP5", "on a four-year basis", "or as needed"));
        assertThat(competing(deletion, insertion)).isEqualTo(at("OP5"));
    }

    @Test
    void words_inserted_at_the_same_point_compete() {
        Amendment rolling = proposed(insertWordsAfter("OP5", "four-year", "rolling"));
        Amendment sameSpot = proposed(insertWordsAfter("OP5", "a four-year", "flexible"));
        Amendment aSpaceLater = proposed(insertWordsBefore("OP5", "basis starting", "flexible"));
        assertThat(competing(rolling, sameSpot)).isEqualTo(at("OP5"));
        assertThat(competing(rolling, aSpaceLater)).as("after 'four-year' and before 'basis' are a space apart").isEmpty();
    }

    @Test
    void amendments_to_different_paragraphs_do_not_compete() {
        assertThat(competing(proposed(replaceWords("OP7", "30 July", "30 June")), proposed(replaceWords("OP5", "four-year", "five-year"))))
                .isEmpty();
    }

    @Test
    void competition_is_named_only_on_the_paragraphs_where_it_happens() {
        Amendment both = proposed(replaceWords("OP5", "four-year", "five-year"), replaceWords("OP7", "30 July", "30 June"));
        Amendment op7 = proposed(deleteParagraph("OP7"));
        assertThat(competing(both, op7)).isEqualTo(at("OP7"));
    }

    // ---- whole paragraphs -----------------------------------------------------------------------

    @Test
    void deleting_op7_competes_with_editing_replacing_moving_or_inserting_next_to_it() {
        Amendment deletion = proposed(deleteParagraph("OP7"));
        assertThat(competing(deletion, proposed(replaceWords("OP7", "30 July", "30 June")))).isEqualTo(at("OP7"));
        assertThat(competing(deletion, proposed(replaceParagraph("OP7", null, "its decision on the World Day;")))).isEqualTo(at("OP7"));
        assertThat(competing(deletion, proposed(moveParagraph("OP7", "AFTER", "OP1")))).isEqualTo(at("OP7"));
        assertThat(competing(deletion, proposed(moveParagraph("OP1", "AFTER", "OP7")))).as("moving next to it").isEqualTo(at("OP7"));
        assertThat(competing(deletion, proposed(insertParagraph("OP7", "AFTER", "Decides", "to act;")))).isEqualTo(at("OP7"));
        assertThat(competing(deletion, proposed(deleteParagraph("OP7")))).isEqualTo(at("OP7"));
    }

    @Test
    void deleting_a_paragraph_competes_with_editing_its_sub_paragraphs_but_not_the_other_way_round() {
        Amendment deletePp9 = proposed(deleteParagraph("PP9"));
        Amendment editPp9c = proposed(deleteWords("PP9(c)", "regional and "));
        assertThat(competing(deletePp9, editPp9c)).isEqualTo(at("PP9(c)"));

        Amendment deletePp9c = proposed(deleteParagraph("PP9(c)"));
        Amendment editPp9 = proposed(replaceWords("PP9", "was developed", "was adopted"));
        assertThat(competing(deletePp9c, editPp9)).isEmpty();
    }

    @Test
    void replacing_a_paragraph_competes_with_any_change_of_its_words_but_not_with_moving_it() {
        Amendment rewrite = proposed(replaceParagraph("OP7", null, "its decision on the World Day;"));
        assertThat(competing(rewrite, proposed(insertWordsAfter("OP7", "annually", "and globally")))).isEqualTo(at("OP7"));
        assertThat(competing(rewrite, proposed(replaceParagraph("OP7", "Reaffirms", "the World Day;")))).isEqualTo(at("OP7"));
        assertThat(competing(rewrite, proposed(moveParagraph("OP7", "AFTER", "OP1")))).isEmpty();
        assertThat(competing(rewrite, proposed(insertParagraph("OP7", "AFTER", "Decides", "to act;")))).isEmpty();
    }

    @Test
    void moving_a_paragraph_competes_with_moving_it_elsewhere_but_not_with_editing_it() {
        Amendment afterOp1 = proposed(moveParagraph("OP7", "AFTER", "OP1"));
        assertThat(competing(afterOp1, proposed(moveParagraph("OP7", "BEFORE", "OP1")))).isEqualTo(at("OP7"));
        assertThat(competing(afterOp1, proposed(replaceWords("OP7", "30 July", "30 June")))).isEmpty();
        assertThat(competing(afterOp1, proposed(moveParagraph("OP9", "AFTER", "OP1")))).as("two moves next to OP1").isEmpty();
        assertThat(competing(afterOp1, proposed(replaceWords("OP1", "Urges", "Strongly urges")))).as("editing the anchor").isEmpty();
    }

    @Test
    void paragraphs_inserted_at_the_same_place_do_not_compete() {
        assertThat(competing(proposed(insertParagraph("OP24", "AFTER", "Encourages", "first;")),
                proposed(insertParagraph("OP24", "AFTER", "Encourages", "second;")))).isEmpty();
    }

    // ---- amendments, sub-amendments and mootness -------------------------------------------------

    @Test
    void an_amendment_and_its_own_sub_amendment_do_not_compete_but_two_sub_amendments_do() {
        Amendment fiveYears = amendment(1, admitted(SEED_004, replaceWords("OP5", "four-year basis", "five-year basis")));
        Amendment threeYears = subAmendment(2, 1, admitted(SEED_004, replaceWords("OP5", "four-year basis", "three-year basis")));
        Amendment sixYears = subAmendment(3, 1, admitted(SEED_004, replaceWords("OP5", "four-year basis", "six-year basis")));
        Amendment other = amendment(4, admitted(SEED_004, replaceWords("OP5", "four-year basis", "two-year basis")));
        assertThat(competing(fiveYears, threeYears)).isEmpty();
        assertThat(competing(threeYears, sixYears)).isEqualTo(at("OP5"));
        assertThat(competing(threeYears, other)).as("a sub-amendment competes with whatever its amendment competes with")
                .isEqualTo(at("OP5"));
    }

    @Test
    void an_adopted_deletion_of_op7_contradicts_a_change_of_its_date_which_becomes_moot_and_not_one_to_another_paragraph() {
        Amendment adopted = proposed(deleteParagraph("OP7"));
        Amendment newDate = proposed(replaceWords("OP7", "30 July", "30 June"));
        Amendment elsewhere = proposed(replaceWords("OP8", "victims and survivors", "survivors"));
        List<Amendment> moot = List.of(newDate, elsewhere).stream()
                .filter(other -> !Competition.between(SEED_004, adopted, other).isEmpty()).toList();
        assertThat(moot).containsExactly(newDate);
    }

    @Test
    void footprints_computed_once_give_the_same_answer() {
        Amendment a = proposed(deleteParagraph("PP9"));
        Amendment b = proposed(deleteWords("PP9(c)", "regional and "), replaceWords("OP7", "30 July", "30 June"));
        List<Footprint> fa = Competition.footprints(SEED_004, a.operations());
        List<Footprint> fb = Competition.footprints(SEED_004, b.operations());
        assertThat(Competition.between(a, fa, b, fb)).isEqualTo(Competition.between(SEED_004, a, b)).isEqualTo(at("PP9(c)"));
        Amendment sub = subAmendment(99, a.number(), b.operations());
        assertThat(Competition.between(a, fa, sub, fb)).isEmpty();
    }

    @Test
    void the_paragraphs_an_amendment_touches_include_what_a_deletion_takes_with_it_and_where_a_move_goes() {
        List<Operation> ops = admitted(SEED_004, deleteParagraph("PP9"), moveParagraph("OP3", "AFTER", "OP7"),
                replaceWords("OP7", "30 July", "30 June"));
        assertThat(Competition.paragraphIds(SEED_004, ops)).containsExactly("004-10", "004-11", "004-12", "004-13", "004-14",
                "004-15", "004-58", "004-62", "004-9");
    }

    @Test
    void a_quote_no_longer_in_the_text_competes_with_any_change_of_its_paragraphs_words() {
        Amendment stale = amendment(1, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")));
        Document changed = AmendmentApplication.apply(SEED_004, admitted(SEED_004, replaceWords("OP7", "30 July", "1 August")));
        Amendment other = amendment(2, admitted(changed, deleteWords("OP7", ", to be observed annually")));
        assertThat(Competition.between(changed, stale, other)).containsExactly(id(SEED_004, "OP7"));
    }
}
