package org.draftroom.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

class JobNumberTest {

    @Test
    void a_job_number_is_recorded_without_its_language_and_only_when_given() {
        assertThat(JobNumber.of("21-19074")).isEqualTo("21-19074");
        assertThat(JobNumber.of(" 21-19074 (E) ")).isEqualTo("21-19074");
        assertThat(JobNumber.of("21-19074(E)")).isEqualTo("21-19074");
        assertThat(JobNumber.of(null)).isNull();
        assertThat(JobNumber.of("  ")).isNull();
    }

    @Test
    void anything_else_is_refused_naming_the_field() {
        for (String wrong : new String[] {"2119074", "21-1907", "21-190745", "A/C.3/80/L.20", "21-19074 (F)", "٢١-١٩٠٧٤"}) {
            assertThatThrownBy(() -> JobNumber.of(wrong)).as(wrong).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.type()).isEqualTo("invalid-job-number");
                assertThat(r.details()).containsEntry("field", "jobNumber");
            });
        }
        assertThatThrownBy(() -> JobNumber.of("21-19074".repeat(3))).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.details()).containsEntry("limit", JobNumber.MAX_LENGTH));
    }
}
