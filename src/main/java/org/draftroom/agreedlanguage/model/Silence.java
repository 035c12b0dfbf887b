package org.draftroom.agreedlanguage.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A silence procedure on a version of a draft.
 *
 * @param version    the version put under silence
 * @param until      the deadline, a procedural moment (read back in UTC)
 * @param closedAt   when the timer closed it (null while under silence)
 * @param rowVersion moves with every change (the entity tag)
 * @param breaks     who broke silence, in the order they did
 */
public record Silence(long id, long draftId, int version, OffsetDateTime until, SilenceState state, String startedBy,
                      OffsetDateTime startedAt, OffsetDateTime closedAt, long rowVersion, List<SilenceBreak> breaks) {
    public Silence {
        breaks = List.copyOf(breaks);
    }

    public boolean isRunning() {
        return state == SilenceState.UNDER_SILENCE;
    }

    public boolean brokenBy(String memberState) {
        return breaks.stream().anyMatch(b -> b.memberState().equals(memberState));
    }
}
