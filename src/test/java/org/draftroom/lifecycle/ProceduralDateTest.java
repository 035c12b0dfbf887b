package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProceduralDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Optional<ProceduralDate.Previous> TABLED = Optional.of(new ProceduralDate.Previous("tabling", LocalDate.of(2025, 10, 30)));

    @Test
    void a_step_without_a_date_happens_today_and_a_date_on_or_after_the_previous_step_is_kept() {
        assertThat(ProceduralDate.check("action on the draft", null, TABLED, TODAY)).isEqualTo(TODAY);
        assertThat(ProceduralDate.check("action on the draft", LocalDate.of(2025, 10, 30), TABLED, TODAY)).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(ProceduralDate.check("tabling", LocalDate.of(2017, 10, 3), Optional.empty(), TODAY)).isEqualTo(LocalDate.of(2017, 10, 3));
    }

    @Test
    void a_date_before_the_previous_step_names_both_steps_and_dates() {
        assertThatThrownBy(() -> ProceduralDate.check("action on the draft", LocalDate.of(2025, 10, 29), TABLED, TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
                    assertThat(r.getMessage()).contains("action on the draft", "2025-10-29", "tabling", "2025-10-30");
                    assertThat(r.details()).containsEntry("previousStep", "tabling").containsEntry("previousDate", "2025-10-30");
                });
    }

    @Test
    void a_date_after_today_or_before_the_united_nations_is_refused() {
        assertThatThrownBy(() -> ProceduralDate.check("tabling", TODAY.plusDays(1), Optional.empty(), TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("date-in-future"));
        assertThatThrownBy(() -> ProceduralDate.check("tabling", LocalDate.of(1944, 1, 1), Optional.empty(), TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("implausible-date"));
    }
}
