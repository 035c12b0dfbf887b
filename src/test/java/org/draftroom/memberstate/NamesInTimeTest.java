package org.draftroom.memberstate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesInTimeTest {
    private final NamesInTime names = new NamesInTime(List.of(
            new FormerName("SRB", "Serbia and Montenegro", LocalDate.of(2006, 6, 3)),
            new FormerName("SRB", "Yugoslavia", LocalDate.of(2003, 2, 4)),
            new FormerName("TUR", "Turkey", LocalDate.of(2022, 6, 1))));

    @Test
    void a_state_bears_the_name_in_use_on_the_day() {
        assertThat(names.on("TUR", "Türkiye", LocalDate.of(2019, 12, 18))).isEqualTo("Turkey");
        assertThat(names.on("TUR", "Türkiye", LocalDate.of(2022, 5, 31))).isEqualTo("Turkey");
        assertThat(names.on("TUR", "Türkiye", LocalDate.of(2022, 6, 1))).isEqualTo("Türkiye");
        assertThat(names.on("SRB", "Serbia", LocalDate.of(2001, 12, 1))).isEqualTo("Yugoslavia");
        assertThat(names.on("SRB", "Serbia", LocalDate.of(2004, 12, 1))).isEqualTo("Serbia and Montenegro");
        assertThat(names.on("SRB", "Serbia", LocalDate.of(2007, 12, 1))).isEqualTo("Serbia");
        assertThat(names.on("FRA", "France", LocalDate.of(2001, 1, 1))).isEqualTo("France");
        assertThat(names.on("TUR", "Türkiye", null)).isEqualTo("Türkiye");
    }

    @Test
    void a_session_is_read_on_its_opening_and_a_former_name_finds_its_state() {
        assertThat(NamesInTime.sessionOpening(74)).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(names.on("TUR", "Türkiye", NamesInTime.sessionOpening(76))).isEqualTo("Turkey");
        assertThat(names.on("TUR", "Türkiye", NamesInTime.sessionOpening(77))).isEqualTo("Türkiye");
        assertThat(names.codeOf("Turkey")).contains("TUR");
        assertThat(names.codeOf("Atlantis")).isEmpty();
    }
}
