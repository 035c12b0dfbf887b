package org.draftroom.amendment.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedOccurrenceTest {
    private static final String TEXT = "Urges States to act, and to report, and to cooperate";

    @Test
    void an_unchanged_text_keeps_every_occurrence() {
        assertThat(QuotedOccurrence.staysPut(TEXT, TEXT, "and", 1)).isTrue();
        assertThat(QuotedOccurrence.staysPut(TEXT, TEXT, "and", 2)).isTrue();
    }

    @Test
    void words_changed_before_or_after_the_occurrence_leave_it_in_place() {
        assertThat(QuotedOccurrence.staysPut(TEXT, "Strongly urges all States to act, and to report, and to cooperate fully", "and", 2))
                .isTrue();
        assertThat(QuotedOccurrence.staysPut(TEXT, "Urges States to act, and to report annually, and to cooperate", "to report", 1))
                .isTrue();
    }

    @Test
    void an_earlier_copy_removed_while_a_later_one_is_added_means_other_words() {
        String shifted = "Urges States to act, to report, and to cooperate, and to follow up";
        assertThat(QuotedOccurrence.staysPut(TEXT, shifted, "and", 1)).as("the first 'and' is now the one before 'to cooperate'")
                .isFalse();
        assertThat(QuotedOccurrence.staysPut(TEXT, shifted, "and", 2)).isFalse();
    }

    @Test
    void a_word_changed_inside_the_quote_or_the_quote_gone_is_not_followed() {
        assertThat(QuotedOccurrence.staysPut(TEXT, "Urges States to act, and to inform, and to cooperate", "and to report", 1)).isFalse();
        assertThat(QuotedOccurrence.staysPut(TEXT, "Urges States to act and to cooperate", "and", 2)).isFalse();
        assertThat(QuotedOccurrence.staysPut(TEXT, "Urges States to act, and to  report, and to cooperate", "and to report", 1))
                .as("two spaces where the quote has one").isFalse();
    }

    @Test
    void a_quote_that_starts_inside_a_word_is_followed_too() {
        assertThat(QuotedOccurrence.staysPut(TEXT, "Urges States to act, and to report, and to cooperate fully", "rges States", 1)).isTrue();
        assertThat(QuotedOccurrence.staysPut(TEXT, "Further urges States to act, and to report, and to cooperate", "rges States", 1))
                .as("the word it starts in changed").isFalse();
    }

    @Test
    void in_a_script_written_without_spaces_each_character_is_a_word() {
        assertThat(QuotedOccurrence.staysPut("会员国应当加强合作并提交报告。", "会员国应当进一步加强合作并提交报告。", "提交报告", 1)).isTrue();
        assertThat(QuotedOccurrence.staysPut("会员国应当加强合作并提交报告。", "会员国应当加强合作并提交年度报告。", "提交报告", 1)).isFalse();
    }

    @Test
    void a_paragraph_rewritten_beyond_what_can_be_compared_is_not_followed() {
        String before = "and " + "word ".repeat(2_100);
        String after = "and " + "other ".repeat(2_100);
        assertThat(QuotedOccurrence.staysPut(before, after, "and", 1)).isFalse();
    }
}
