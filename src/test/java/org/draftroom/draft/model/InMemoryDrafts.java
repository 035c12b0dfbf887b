package org.draftroom.draft.model;

import org.draftroom.shared.Refusal;

import java.util.HashMap;
import java.util.Map;

/** {@link Drafts} held in memory, for unit tests of use cases: each change bumps the row version, as the store does. */
public final class InMemoryDrafts implements Drafts {
    private final Map<Long, Draft> drafts = new HashMap<>();
    private int locks;

    public Draft add(Draft draft) {
        drafts.put(draft.id(), draft);
        return draft;
    }

    /** How many times a draft was locked. */
    public int locks() {
        return locks;
    }

    @Override
    public Draft lock(long id) {
        locks++;
        return require(id);
    }

    @Override
    public Draft require(long id) {
        Draft draft = drafts.get(id);
        if (draft == null) {
            throw Refusal.notFound("Draft", id);
        }
        return draft;
    }

    @Override
    public void update(long id, Stage stage, String symbol, String facilitator, String processInstanceId) {
        Draft d = require(id);
        drafts.put(id, new Draft(d.id(), d.title(), d.session(), d.committee(), d.agendaItemNumber(), d.agendaItemTitle(), symbol,
                stage, d.currentVersion(), facilitator, processInstanceId, d.createdBy(), d.createdAt(), d.rowVersion() + 1,
                d.mainSponsors()));
    }

    @Override
    public void touch(long id) {
        Draft d = require(id);
        update(id, d.stage(), d.symbol(), d.facilitator(), d.processInstanceId());
    }
}
