package org.draftroom.amendment.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

/** The States that joined an amendment ({@code amendment_cosponsor}), in the caller's transaction. */
@Singleton
public class AmendmentCoSponsorStore {
    private final Sql sql;

    AmendmentCoSponsorStore(Sql sql) {
        this.sql = sql;
    }

    /** True when the State was not yet a co-sponsor. */
    public boolean add(long amendmentId, String memberState) {
        return sql.update("INSERT INTO amendment_cosponsor (amendment_id, member_state) VALUES (?, ?) ON CONFLICT DO NOTHING",
                amendmentId, memberState) == 1;
    }

    /** True when the State was a co-sponsor. */
    public boolean remove(long amendmentId, String memberState) {
        return sql.update("DELETE FROM amendment_cosponsor WHERE amendment_id = ? AND member_state = ?", amendmentId, memberState) == 1;
    }
}
