package org.draftroom.draft.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.util.List;

/**
 * States named as main sponsors by the delegation that imported a text, waiting for their own
 * delegates to confirm ({@code draft_proposed_sponsor}). Runs in the caller's transaction.
 */
@Singleton
public class ProposedSponsorStore {
    private final Sql sql;

    ProposedSponsorStore(Sql sql) {
        this.sql = sql;
    }

    public void propose(long draftId, List<String> memberStates, String proposedBy) {
        if (memberStates.isEmpty()) {
            return;
        }
        sql.update("INSERT INTO draft_proposed_sponsor (draft_id, member_state, proposed_by) SELECT ?, unnest(?::text[]), ?",
                draftId, List.copyOf(memberStates), proposedBy);
    }

    public List<String> proposed(long draftId) {
        return sql.list("SELECT member_state FROM draft_proposed_sponsor WHERE draft_id = ? ORDER BY member_state",
                rs -> rs.getString(1).trim(), draftId);
    }

    /** True when the State was proposed (and no longer is). */
    public boolean withdraw(long draftId, String memberState) {
        return sql.update("DELETE FROM draft_proposed_sponsor WHERE draft_id = ? AND member_state = ?", draftId, memberState) == 1;
    }

    /** Makes the State a main sponsor and bumps the draft's row version (its ETag). */
    public void makeMainSponsor(long draftId, String memberState) {
        sql.update("INSERT INTO draft_main_sponsor (draft_id, member_state) VALUES (?, ?) ON CONFLICT DO NOTHING", draftId, memberState);
        sql.update("UPDATE draft SET row_version = row_version + 1 WHERE id = ?", draftId);
    }
}
