package org.draftroom.amendment.model;

import org.draftroom.amendment.model.Footprint.Effect;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;
import org.junit.jupiter.api.Test;

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
import static org.draftroom.amendment.model.Texts.replaceParagraph;
import static org.draftroom.amendment.model.Texts.replaceWords;

class FootprintTest {
    private static List<Footprint> of(ProposedOperation operation) {
        return Footprint.of(SEED_004, admitted(SEED_004, operation).get(0));
    }

    @Test
    void changed_words_are_the_range_of_the_quote_at_its_occurrence_in_the_full_text() {
        String op5 = fullText(SEED_004, "OP5");
        int second = op5.lastIndexOf("Global Plan of Action");
        assertThat(of(replaceWords("OP5", "Global Plan of Action", 2, "Plan")))
                .containsExactly(new Footprint(id(SEED_004, "OP5"), Effect.WORDS, second, second + "Global Plan of Action".length()));
        assertThat(of(replaceWords("OP5", "Also recalls", "Recalls")))
                .as("the opening phrase is part of the full text").containsExactly(new Footprint(id(SEED_004, "OP5"), Effect.WORDS, 0, 12));
    }

    @Test
    void inserted_words_are_the_quote_they_go_before_or_after() {
        String op5 = fullText(SEED_004, "OP5");
        int at = op5.indexOf("four-year");
        int end = at + "four-year".length();
        ParagraphId id = id(SEED_004, "OP5");
        assertThat(of(insertWordsBefore("OP5", "four-year", "rolling"))).containsExactly(new Footprint(id, Effect.INSERTS_BEFORE, at, end));
        assertThat(of(insertWordsAfter("OP5", "four-year", "rolling"))).containsExactly(new Footprint(id, Effect.INSERTS_AFTER, at, end));
    }

    @Test
    void a_deletion_removes_the_paragraph_with_its_sub_paragraphs() {
        assertThat(of(deleteParagraph("PP9"))).extracting(Footprint::paragraph).containsExactly(id(SEED_004, "PP9"),
                id(SEED_004, "PP9(a)"), id(SEED_004, "PP9(b)"), id(SEED_004, "PP9(c)"), id(SEED_004, "PP9(d)"), id(SEED_004, "PP9(e)"),
                id(SEED_004, "PP9(f)"));
        assertThat(of(deleteParagraph("PP9"))).extracting(Footprint::effect).containsOnly(Effect.REMOVES);
        assertThat(of(deleteParagraph("PP9(c)"))).containsExactly(new Footprint(id(SEED_004, "PP9(c)"), Effect.REMOVES, 0, 0));
    }

    @Test
    void a_replacement_is_the_whole_paragraph_a_move_moves_it_and_anchors_the_other_an_insertion_anchors() {
        assertThat(of(replaceParagraph("OP7", null, "its decision;"))).containsExactly(new Footprint(id(SEED_004, "OP7"), Effect.WHOLE, 0, 0));
        assertThat(of(moveParagraph("OP3", "AFTER", "OP7"))).containsExactly(new Footprint(id(SEED_004, "OP3"), Effect.MOVES, 0, 0),
                new Footprint(id(SEED_004, "OP7"), Effect.ANCHOR, 0, 0));
        assertThat(of(insertParagraph("OP24", "AFTER", "Encourages", "x;")))
                .containsExactly(new Footprint(id(SEED_004, "OP24"), Effect.ANCHOR, 0, 0));
    }

    @Test
    void words_of_a_paragraph_no_longer_in_the_text_count_as_the_whole_paragraph() {
        Operation op7 = admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")).get(0);
        Document without = AmendmentApplication.apply(SEED_004, admitted(SEED_004, deleteParagraph("OP7")));
        assertThat(Footprint.of(without, op7)).containsExactly(new Footprint(id(SEED_004, "OP7"), Effect.WHOLE, 0, 0));
    }

    @Test
    void changed_words_compete_when_they_overlap() {
        ParagraphId p = ParagraphId.of("p");
        Footprint range = new Footprint(p, Effect.WORDS, 10, 20);
        assertThat(range.competesWith(new Footprint(p, Effect.WORDS, 19, 30))).isTrue();
        assertThat(range.competesWith(new Footprint(p, Effect.WORDS, 20, 30))).isFalse();
        assertThat(range.competesWith(new Footprint(p, Effect.WORDS, 0, 10))).isFalse();
        assertThat(range.competesWith(new Footprint(p, Effect.WORDS, 12, 15))).as("inside").isTrue();
        assertThat(range.competesWith(new Footprint(ParagraphId.of("q"), Effect.WORDS, 10, 20))).as("another paragraph").isFalse();
    }

    @Test
    void deleted_words_take_the_space_the_deletion_removes_with_them() {
        String op5 = fullText(SEED_004, "OP5");
        int at = op5.indexOf("four-year basis");
        assertThat(of(deleteWords("OP5", "four-year basis"))).as("with the space before: a space follows")
                .containsExactly(new Footprint(id(SEED_004, "OP5"), Effect.WORDS, at - 1, at + "four-year basis".length()));
        int also = op5.indexOf("Also recalls");
        assertThat(of(deleteWords("OP5", "Also"))).as("with the space after, at the start of the paragraph")
                .containsExactly(new Footprint(id(SEED_004, "OP5"), Effect.WORDS, also, also + "Also ".length()));
        assertThat(of(replaceWords("OP5", "four-year basis", "five-year basis")))
                .as("a rewrite keeps its spaces").containsExactly(new Footprint(id(SEED_004, "OP5"), Effect.WORDS, at, at + 15));
    }

    @Test
    void an_insertion_competes_with_changes_to_the_words_it_quotes_and_with_insertions_at_its_point() {
        ParagraphId p = ParagraphId.of("p");
        Footprint afterTenToTwenty = new Footprint(p, Effect.INSERTS_AFTER, 10, 20);
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.WORDS, 10, 20))).as("its words rewritten or deleted").isTrue();
        assertThat(new Footprint(p, Effect.WORDS, 15, 25).competesWith(afterTenToTwenty)).as("part of its words").isTrue();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.WORDS, 20, 30))).as("the words after its point").isFalse();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.WORDS, 0, 10))).as("the words before its quote").isFalse();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.INSERTS_AFTER, 15, 20))).as("the same point").isTrue();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.INSERTS_BEFORE, 20, 25))).as("the same point").isTrue();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.INSERTS_BEFORE, 10, 20)))
                .as("before and after the same words: two points").isFalse();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.INSERTS_AFTER, 5, 15)))
                .as("the other puts words inside the words it quotes").isTrue();
        assertThat(new Footprint(p, Effect.INSERTS_BEFORE, 15, 30).competesWith(afterTenToTwenty))
                .as("it puts words inside the words the other quotes").isTrue();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.WHOLE, 0, 0))).as("the paragraph rewritten").isTrue();
        assertThat(afterTenToTwenty.competesWith(new Footprint(p, Effect.MOVES, 0, 0))).as("the paragraph moved").isFalse();
    }
}
