package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionCalendarTest {

    @Test
    void sessions_open_on_the_days_the_assembly_opened_them() {
        assertThat(SessionCalendar.opening(71)).isEqualTo(LocalDate.of(2016, 9, 13));
        assertThat(SessionCalendar.opening(72)).isEqualTo(LocalDate.of(2017, 9, 12));
        assertThat(SessionCalendar.opening(73)).isEqualTo(LocalDate.of(2018, 9, 18));
        assertThat(SessionCalendar.opening(74)).isEqualTo(LocalDate.of(2019, 9, 17));
        assertThat(SessionCalendar.opening(76)).isEqualTo(LocalDate.of(2021, 9, 14));
        assertThat(SessionCalendar.opening(77)).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(SessionCalendar.opening(78)).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(SessionCalendar.opening(79)).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(SessionCalendar.opening(80)).isEqualTo(LocalDate.of(2025, 9, 9));
    }

    @Test
    void a_session_runs_until_the_day_the_next_one_opens() {
        assertThat(SessionCalendar.lastDay(77)).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThatCode(() -> SessionCalendar.mustFallWithin("tabling", LocalDate.of(2025, 9, 9), 80)).doesNotThrowAnyException();
        assertThatCode(() -> SessionCalendar.mustFallWithin("tabling", LocalDate.of(2026, 9, 8), 80)).doesNotThrowAnyException();
        assertThatCode(() -> SessionCalendar.mustFallWithin("tabling", LocalDate.of(2030, 1, 1), null)).doesNotThrowAnyException();
    }

    @Test
    void a_day_outside_the_session_names_the_field_the_session_and_its_days() {
        assertThatThrownBy(() -> SessionCalendar.mustFallWithin("vote on amendment 3", LocalDate.of(2025, 9, 8), 80))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
                    assertThat(r.type()).isEqualTo("date-outside-session");
                    assertThat(r.getMessage()).contains("vote on amendment 3", "2025-09-08", "80th session");
                    assertThat(r.details()).containsEntry("field", "date").containsEntry("session", 80)
                            .containsEntry("sessionOpened", "2025-09-09").containsEntry("sessionLastDay", "2026-09-08");
                });
        assertThatThrownBy(() -> SessionCalendar.mustFallWithin("tabling", LocalDate.of(2026, 9, 9), 80))
                .isInstanceOf(Refusal.class);
    }
}
