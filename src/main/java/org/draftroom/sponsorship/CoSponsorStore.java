package org.draftroom.sponsorship;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.time.OffsetDateTime;
import java.util.List;

/** The co-sponsors of drafts and the state of each draft's list, in the caller's transaction. */
@Singleton
public class CoSponsorStore {
    private final Sql sql;

    CoSponsorStore(Sql sql) {
        this.sql = sql;
    }

    /** One co-sponsoring State. */
    public record CoSponsor(String memberState, OffsetDateTime joinedAt, boolean afterTabling, java.time.LocalDate joinedOn) {
    }

    /** The list of a draft: its deadline, and when and why it closed (both null while open). */
    public record ListState(OffsetDateTime deadline, OffsetDateTime closedAt, String closedReason) {
        public static final ListState OPEN = new ListState(null, null, null);

        public boolean open() {
            return closedAt == null;
        }
    }

    /** Adds the State; false when it is a co-sponsor already (two delegates of one State give one row). */
    public boolean add(long draftId, String memberState, String by, boolean afterTabling, java.time.LocalDate joinedOn) {
        return sql.update("""
                INSERT INTO draft_cosponsor (draft_id, member_state, joined_by, after_tabling, joined_on) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (draft_id, member_state) DO NOTHING""", draftId, memberState, by, afterTabling, joinedOn) == 1;
    }

    public boolean remove(long draftId, String memberState) {
        return sql.update("DELETE FROM draft_cosponsor WHERE draft_id = ? AND member_state = ?", draftId, memberState) == 1;
    }

    public List<CoSponsor> list(long draftId) {
        return sql.list("""
                SELECT member_state, joined_at, after_tabling, joined_on FROM draft_cosponsor WHERE draft_id = ?
                 ORDER BY joined_on, joined_at, member_state""",
                rs -> new CoSponsor(rs.getString(1).trim(), rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3),
                        rs.getObject(4, java.time.LocalDate.class)), draftId);
    }

    public ListState listState(long draftId) {
        return sql.one("SELECT deadline, closed_at, closed_reason FROM cosponsorship_list WHERE draft_id = ?",
                rs -> new ListState(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
                draftId).orElse(ListState.OPEN);
    }

    public void setDeadline(long draftId, OffsetDateTime deadline) {
        sql.update("""
                INSERT INTO cosponsorship_list (draft_id, deadline) VALUES (?, ?)
                ON CONFLICT (draft_id) DO UPDATE SET deadline = excluded.deadline""", draftId, deadline);
    }

    /** Closes the list; false when it was closed already. */
    public boolean close(long draftId, String reason) {
        return sql.update("""
                INSERT INTO cosponsorship_list (draft_id, closed_at, closed_reason) VALUES (?, now(), ?)
                ON CONFLICT (draft_id) DO UPDATE SET closed_at = now(), closed_reason = excluded.closed_reason
                WHERE cosponsorship_list.closed_at IS NULL""", draftId, reason) == 1;
    }
}
