package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionNumbersTest {

    @Test
    void a_number_is_given_in_full_alone_or_as_a_symbol() {
        assertThat(ResolutionNumbers.parse("76/186", 76, ResolutionNumbers.Kind.RESOLUTION)).isEqualTo(OptionalInt.of(186));
        assertThat(ResolutionNumbers.parse("186", 76, ResolutionNumbers.Kind.RESOLUTION)).isEqualTo(OptionalInt.of(186));
        assertThat(ResolutionNumbers.parse("A/RES/72/195", 72, ResolutionNumbers.Kind.RESOLUTION)).isEqualTo(OptionalInt.of(195));
        assertThat(ResolutionNumbers.parse(" ", 72, ResolutionNumbers.Kind.RESOLUTION)).isEmpty();
        assertThat(ResolutionNumbers.Kind.DECISION.series(80)).isEqualTo("A/DEC/80/");
    }

    @Test
    void a_number_of_another_session_or_not_a_number_is_refused() {
        assertThatThrownBy(() -> ResolutionNumbers.parse("79/5", 80, ResolutionNumbers.Kind.RESOLUTION))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessage()).contains("79th session", "80th"));
        assertThatThrownBy(() -> ResolutionNumbers.parse("186 B", 80, ResolutionNumbers.Kind.RESOLUTION)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ResolutionNumbers.parse("0", 80, ResolutionNumbers.Kind.RESOLUTION)).isInstanceOf(Refusal.class);
    }
}
