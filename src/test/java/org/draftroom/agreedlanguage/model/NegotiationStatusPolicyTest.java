package org.draftroom.agreedlanguage.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NegotiationStatusPolicyTest {
    private static final String TEXT = "Decides to appraise, on a four-year basis, the progress achieved;";

    private static ParagraphStatus agreed(String text) {
        return new ParagraphStatus("p1", NegotiationStatus.AGREED_AD_REF, List.of(), text, 3, null, "facilitator", 2);
    }

    @Test
    void only_the_assigned_facilitator_during_consultations() {
        NegotiationStatusPolicy.mayMark(true, "amina", "amina", Stage.CONSULTATIONS);
        NegotiationStatusPolicy.mayMark(true, "amina", "amina", Stage.TABLED);
        assertThatThrownBy(() -> NegotiationStatusPolicy.mayMark(true, "omar", "amina", Stage.CONSULTATIONS)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> NegotiationStatusPolicy.mayMark(false, "amina", "amina", Stage.CONSULTATIONS)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> NegotiationStatusPolicy.mayMark(true, "amina", null, Stage.CONSULTATIONS)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> NegotiationStatusPolicy.mayMark(true, "amina", "amina", Stage.IN_ACTION)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_status_holds_for_the_words_it_was_given_on() {
        assertThat(NegotiationStatusPolicy.effective(agreed(TEXT), TEXT).status()).isEqualTo(NegotiationStatus.AGREED_AD_REF);
        assertThat(NegotiationStatusPolicy.wasReset(agreed(TEXT), TEXT)).isFalse();
        String amended = TEXT.replace("four-year", "five-year");
        assertThat(NegotiationStatusPolicy.effective(agreed(TEXT), amended).status()).isEqualTo(NegotiationStatus.OPEN);
        assertThat(NegotiationStatusPolicy.wasReset(agreed(TEXT), amended)).isTrue();
        assertThat(NegotiationStatusPolicy.wasReset(ParagraphStatus.unmarked("p1", TEXT), amended)).isFalse();
    }

    @Test
    void leaving_agreement_needs_a_reason_and_brackets_must_read_in_the_paragraph() {
        assertThatThrownBy(() -> NegotiationStatusPolicy.change(agreed(TEXT), NegotiationStatus.OPEN, null, " ", TEXT))
                .isInstanceOf(Refusal.class).hasMessageContaining("reason");
        assertThat(NegotiationStatusPolicy.change(agreed(TEXT), NegotiationStatus.AGREED_AD_REF, null, null, TEXT)).isEmpty();
        assertThat(NegotiationStatusPolicy.change(agreed(TEXT), NegotiationStatus.BRACKETED, List.of(" four-year basis "), "reopened", TEXT))
                .containsExactly("four-year basis");
        ParagraphStatus open = ParagraphStatus.unmarked("p1", TEXT);
        assertThatThrownBy(() -> NegotiationStatusPolicy.change(open, NegotiationStatus.BRACKETED, List.of(), null, TEXT))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> NegotiationStatusPolicy.change(open, NegotiationStatus.BRACKETED, List.of("annual"), null, TEXT))
                .isInstanceOf(Refusal.class).hasMessageContaining("annual");
        assertThatThrownBy(() -> NegotiationStatusPolicy.change(open, NegotiationStatus.AGREED_AD_REF, List.of("four-year"), null, TEXT))
                .isInstanceOf(Refusal.class);
        assertThat(NegotiationStatusPolicy.withBrackets(TEXT, List.of("four-year basis", "progress")))
                .isEqualTo("Decides to appraise, on a [four-year basis], the [progress] achieved;");
    }
}
