package org.draftroom.lifecycle.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.util.List;
import java.util.Optional;

/** Procedural motions moved at action (a no-action motion, rule 116), in the caller's transaction. */
@Singleton
public class Motions {
    private final Sql sql;

    Motions(Sql sql) {
        this.sql = sql;
    }

    /** The kinds of motion recorded: for now the no-action motion (rule 116). */
    public enum Kind { NO_ACTION }

    /** Where a motion stands. */
    public enum Status { PENDING, ADOPTED, REJECTED }

    /** "M1": a motion of the draft, with the State that moved it and where it stands. */
    public record Motion(int number, String kind, String memberState, String status) {
        public String ref() {
            return "M" + number;
        }
    }

    public Motion move(long draftId, String kind, String memberState, String by) {
        int number = sql.one("SELECT coalesce(max(number), 0) + 1 FROM procedural_motion WHERE draft_id = ?", rs -> rs.getInt(1), draftId)
                .orElse(1);
        sql.update("INSERT INTO procedural_motion (draft_id, number, kind, member_state, moved_by) VALUES (?, ?, ?, ?, ?)",
                draftId, number, kind, memberState, by);
        return new Motion(number, kind, memberState, Status.PENDING.name());
    }

    /** The motions of a draft and the kinds of versions it has had ("ORALLY_REVISED", "AMENDED"), in one statement. */
    public record AtAction(List<Motion> motions, java.util.Set<String> versionKinds) {
    }

    public AtAction atAction(long draftId) {
        List<Motion> motions = new java.util.ArrayList<>();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        sql.list("""
                SELECT number, kind, member_state, status, NULL AS version_kind FROM procedural_motion WHERE draft_id = ?
                UNION ALL
                SELECT NULL, NULL, NULL, NULL, kind FROM draft_version WHERE draft_id = ? GROUP BY kind
                ORDER BY 1""", rs -> {
            if (rs.getString(5) != null) {
                kinds.add(rs.getString(5));
            } else {
                motions.add(new Motion(rs.getInt(1), rs.getString(2), rs.getString(3) == null ? null : rs.getString(3).trim(),
                        rs.getString(4)));
            }
            return Boolean.TRUE;
        }, draftId, draftId);
        return new AtAction(motions, kinds);
    }

    public List<Motion> forDraft(long draftId) {
        return sql.list("SELECT number, kind, member_state, status FROM procedural_motion WHERE draft_id = ? ORDER BY number",
                rs -> new Motion(rs.getInt(1), rs.getString(2), rs.getString(3) == null ? null : rs.getString(3).trim(), rs.getString(4)),
                draftId);
    }

    public Optional<Motion> firstPending(long draftId) {
        return forDraft(draftId).stream().filter(m -> m.status().equals(Status.PENDING.name())).findFirst();
    }

    public void settle(long draftId, int number, boolean adopted) {
        sql.update("UPDATE procedural_motion SET status = ? WHERE draft_id = ? AND number = ?", (adopted ? Status.ADOPTED : Status.REJECTED).name(),
                draftId, number);
    }
}
