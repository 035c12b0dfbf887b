package org.draftroom.amendment.action.model;

import org.draftroom.amendment.action.model.VotingOrder.Item;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.OperationType;
import org.draftroom.amendment.model.ProposedOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.amendment;
import static org.draftroom.amendment.model.Texts.deleteParagraph;
import static org.draftroom.amendment.model.Texts.deleteWords;
import static org.draftroom.amendment.model.Texts.id;
import static org.draftroom.amendment.model.Texts.insertParagraph;
import static org.draftroom.amendment.model.Texts.insertWordsAfter;
import static org.draftroom.amendment.model.Texts.moveParagraph;
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;
import static org.draftroom.amendment.model.Texts.subAmendment;

class VotingOrderTest {
    private static Amendment a(int number, ProposedOperation... operations) {
        return amendment(number, admitted(SEED_004, operations));
    }

    private static Amendment sub(int number, int amends, ProposedOperation... operations) {
        return subAmendment(number, amends, admitted(SEED_004, operations));
    }

    private static Division division(int number, String label) {
        return new Division(number, 1, number, id(SEED_004, label), label, "usa", "USA", "PENDING");
    }

    private static List<String> order(List<Amendment> amendments, Division... divisions) {
        return VotingOrder.propose(SEED_004, amendments, List.of(divisions)).stream().map(Item::ref).toList();
    }

    @Test
    void the_committees_sequence_sub_amendment_before_its_amendment_furthest_first_and_the_division_last() {
        List<Amendment> amendments = List.of(
                a(1, replaceWords("OP7", "30 July", "30 June")),
                a(2, deleteParagraph("OP7")),
                a(3, replaceParagraph("OP5", "Decides", "to convene a high-level meeting at its eighty-fourth session;")),
                a(4, replaceWords("OP5", "four-year basis", "five-year basis")),
                sub(5, 4, replaceWords("OP5", "four-year basis", "three-year basis")));
        assertThat(order(amendments, division(1, "OP1"))).containsExactly("A3", "A5", "A4", "A2", "A1", "D1");
    }

    @Test
    void among_amendments_to_one_paragraph_deleting_it_goes_first_then_rewriting_it_then_inserting_or_moving_then_changing_words() {
        List<Amendment> amendments = List.of(
                a(1, replaceWords("OP7", "30 July", "30 June")),
                a(2, insertParagraph("OP7", "AFTER", "Decides", "to observe the World Day;")),
                a(3, replaceParagraph("OP7", null, "its decision on the World Day;")),
                a(4, deleteParagraph("OP7")),
                a(5, moveParagraph("OP7", "AFTER", "OP9")));
        assertThat(order(amendments)).containsExactly("A4", "A3", "A2", "A5", "A1");
    }

    @Test
    void amendments_equally_far_removed_are_voted_in_the_order_submitted() {
        List<Amendment> amendments = List.of(
                a(3, deleteWords("OP7", ", to be observed annually")),
                a(1, replaceWords("OP7", "30 July", "30 June")),
                a(2, insertWordsAfter("OP7", "annually", "and globally")));
        assertThat(order(amendments)).containsExactly("A1", "A2", "A3");
    }

    @Test
    void amendments_to_different_paragraphs_are_voted_in_the_order_of_the_text() {
        List<Amendment> amendments = List.of(
                a(1, deleteParagraph("OP38")),
                a(2, replaceWords("PP1", "strong condemnation", "strongest condemnation")),
                a(3, replaceWords("OP5", "four-year", "five-year")),
                a(4, deleteWords("PP9(c)", "regional and ")));
        assertThat(order(amendments)).containsExactly("A2", "A4", "A3", "A1");
    }

    @Test
    void amendments_to_sub_paragraphs_are_amendments_to_their_paragraph() {
        List<Amendment> amendments = List.of(
                a(1, deleteWords("PP9(c)", "regional and ")),
                a(2, replaceWords("PP10", "61/180", "61/144")),
                a(3, deleteParagraph("PP9")),
                a(4, replaceWords("PP9", "was developed", "was adopted")),
                a(5, replaceParagraph("PP9(a)", "", "To promote universal ratification,")));
        assertThat(order(amendments)).containsExactly("A3", "A5", "A1", "A4", "A2");
    }

    @Test
    void an_amendment_of_several_operations_is_placed_at_its_first_paragraph_as_far_removed_as_its_furthest_operation() {
        Amendment several = a(1, deleteParagraph("OP25"), replaceWords("OP5", "four-year", "five-year"));
        Amendment rewrite = a(2, replaceParagraph("OP5", null, "its decision to appraise the Plan;"));
        Amendment op6 = a(3, deleteParagraph("OP6"));
        assertThat(several.distance()).isEqualTo(OperationType.DELETE_PARAGRAPH.distance());
        assertThat(order(List.of(op6, rewrite, several))).containsExactly("A1", "A2", "A3");
    }

    @Test
    void sub_amendments_come_just_before_their_amendment_the_furthest_removed_first() {
        List<Amendment> amendments = List.of(
                a(1, replaceWords("OP5", "four-year basis", "five-year basis")),
                a(2, replaceParagraph("OP5", null, "its decision to appraise the Plan;")),
                sub(3, 1, replaceWords("OP5", "four-year basis", "three-year basis")),
                sub(4, 1, deleteParagraph("OP5")),
                sub(5, 2, replaceParagraph("OP5", null, "its decision to appraise the Plan every five years;")));
        assertThat(order(amendments)).containsExactly("A5", "A2", "A4", "A3", "A1");
    }

    @Test
    void a_sub_amendment_whose_amendment_is_not_to_be_voted_still_comes_before_the_divisions() {
        List<Amendment> amendments = List.of(
                sub(2, 1, replaceWords("OP5", "four-year basis", "three-year basis")),
                a(3, replaceWords("OP7", "30 July", "30 June")));
        assertThat(order(amendments, division(1, "PP1"))).containsExactly("A3", "A2", "D1");
    }

    @Test
    void requests_for_division_come_after_every_amendment_in_the_order_of_the_text() {
        List<Amendment> amendments = List.of(a(1, deleteParagraph("OP38")));
        assertThat(order(amendments, division(1, "OP5"), division(2, "PP9(c)"), division(3, "PP1"), division(4, "PP9")))
                .containsExactly("A1", "D3", "D2", "D4", "D1");
    }

    @Test
    void each_item_says_what_is_voted_on_where_how_far_removed_and_how_it_stands() {
        Amendment adopted = new Amendment(2, 1, 2, null, AmendmentKind.WRITTEN, "A/C.3/80/L.61", AmendmentStatus.ADOPTED, "deu", "DEU",
                List.of(), 1, admitted(SEED_004, deleteParagraph("OP7")), null, 3);
        Amendment moot = new Amendment(1, 1, 1, null, AmendmentKind.WRITTEN, null, AmendmentStatus.MOOT, "fra", "FRA",
                List.of(), 1, admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")), null, 3);
        Amendment sub = sub(3, 1, replaceWords("OP7", "30 July", "1 July"));
        List<Item> items = VotingOrder.propose(SEED_004, List.of(moot, adopted, sub), List.of(division(1, "PP9(c)")));
        assertThat(items).containsExactly(
                new Item("A2", "AMENDMENT", 2, "OP7", 4, "ADOPTED", null),
                new Item("A3", "AMENDMENT", 3, "OP7", 1, "PENDING", 1),
                new Item("A1", "AMENDMENT", 1, "OP7", 1, "MOOT", null),
                new Item("D1", "DIVISION", 1, "PP9(c)", 0, "PENDING", null));
    }

    @Test
    void the_secretariats_order_comes_first_and_what_it_left_out_follows_in_the_proposed_order() {
        List<Item> proposed = VotingOrder.propose(SEED_004, List.of(
                a(1, replaceWords("OP7", "30 July", "30 June")),
                a(2, deleteParagraph("OP7")),
                a(3, replaceParagraph("OP5", null, "its decision to appraise the Plan;"))), List.of(division(1, "OP1")));
        assertThat(proposed).extracting(Item::ref).containsExactly("A3", "A2", "A1", "D1");
        assertThat(VotingOrder.reordered(proposed, List.of("A2", "A1"))).extracting(Item::ref).containsExactly("A2", "A1", "A3", "D1");
        assertThat(VotingOrder.reordered(proposed, List.of("D1", "A9", "A1", "D1"))).as("unknown and repeated refs are dropped")
                .extracting(Item::ref).containsExactly("D1", "A1", "A3", "A2");
    }
}
