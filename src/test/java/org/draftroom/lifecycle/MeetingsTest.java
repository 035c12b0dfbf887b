package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingsTest {

    @Test
    void meetings_read_as_the_un_prints_them() {
        assertThat(Meetings.check(" 45th  meeting ", Meetings.Kind.COMMITTEE, false)).isEqualTo("45th meeting");
        assertThat(Meetings.check("53rd plenary meeting", Meetings.Kind.PLENARY, true)).isEqualTo("53rd plenary meeting");
        assertThat(Meetings.check("11th meeting", Meetings.Kind.COMMITTEE, false)).isEqualTo("11th meeting");
        assertThat(Meetings.check("112th meeting", Meetings.Kind.COMMITTEE, false)).isEqualTo("112th meeting");
        assertThat(Meetings.check("21st meeting", Meetings.Kind.COMMITTEE, false)).isEqualTo("21st meeting");
        assertThat(Meetings.check(null, Meetings.Kind.COMMITTEE, false)).isNull();
    }

    @Test
    void a_wrong_suffix_a_plenary_meeting_for_the_committee_or_a_missing_required_meeting_is_refused() {
        assertThatThrownBy(() -> Meetings.check("50st meeting", Meetings.Kind.COMMITTEE, false)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Meetings.check("12nd meeting", Meetings.Kind.COMMITTEE, false)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Meetings.check("53rd plenary meeting", Meetings.Kind.COMMITTEE, false)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Meetings.check("53rd meeting", Meetings.Kind.PLENARY, true)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Meetings.check("", Meetings.Kind.PLENARY, true)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.type()).isEqualTo("no-meeting"));
        assertThatThrownBy(() -> Meetings.check("the last meeting", Meetings.Kind.COMMITTEE, false)).isInstanceOf(Refusal.class);
    }
}
