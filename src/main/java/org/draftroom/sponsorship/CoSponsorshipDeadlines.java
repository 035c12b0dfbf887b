package org.draftroom.sponsorship;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Date;

/**
 * The co-sponsorship branch of the process asks here, as {@code ${coSponsorshipDeadlines.of(draftId)}}:
 * process variables hold the draft id only, the deadline lives in {@code cosponsorship_list}.
 */
@Named("coSponsorshipDeadlines")
@Singleton
public class CoSponsorshipDeadlines {
    private final CoSponsorStore store;

    CoSponsorshipDeadlines(CoSponsorStore store) {
        this.store = store;
    }

    /** True when the list is open and has a deadline: the branch then waits on a timer. */
    public boolean isSet(Object draftId) {
        CoSponsorStore.ListState list = store.listState(id(draftId));
        return list.open() && list.deadline() != null;
    }

    /** The deadline, for the timer. */
    public Date of(Object draftId) {
        CoSponsorStore.ListState list = store.listState(id(draftId));
        if (list.deadline() == null) {
            throw new IllegalStateException("Draft " + draftId + " has no co-sponsorship deadline");
        }
        return Date.from(list.deadline().toInstant());
    }

    public boolean isClosed(Object draftId) {
        return !store.listState(id(draftId)).open();
    }

    private static long id(Object draftId) {
        return draftId instanceof Number n ? n.longValue() : Long.parseLong(draftId.toString());
    }
}
