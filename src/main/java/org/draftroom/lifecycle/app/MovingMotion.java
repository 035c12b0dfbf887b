package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.store.Motions;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The secretariat records that a delegation moved a no-action motion (adjournment of the debate,
 * rule 116): it is voted on before anything else on the draft, and the order of voting lists it first.
 */
@Singleton
public class MovingMotion {
    private final DraftSteps steps;
    private final Motions motions;
    private final Voters voters;
    private final DatingSteps dating;

    MovingMotion(DraftSteps steps, Motions motions, Voters voters, DatingSteps dating) {
        this.steps = steps;
        this.motions = motions;
        this.voters = voters;
        this.dating = dating;
    }

    @Transactional
    public Motions.Motion move(Caller caller, long draftId, String kind, String memberState, LocalDate date, String meeting) {
        Draft draft = steps.begin(LifecycleAction.RECORD_ACTION, draftId, null, caller);
        String k = kind == null ? Motions.Kind.NO_ACTION.name() : kind.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!k.equals(Motions.Kind.NO_ACTION.name()) && !k.equals("NO_ACTION_MOTION")) {
            throw Refusal.unprocessable("unknown-motion", "The motion recorded before the vote is a no-action motion (kind NO_ACTION)");
        }
        String state = memberState == null ? "" : memberState.strip().toUpperCase(Locale.ROOT);
        if (!voters.codes().contains(state)) {
            throw Refusal.unprocessable("not-a-voter", "Say which Member State moved the motion (memberState, such as \"EGY\")");
        }
        if (draft.hasMainSponsor(state)) {
            throw Refusal.unprocessable("sponsor-moves-no-action", "A main sponsor does not move that no action be taken on its own draft");
        }
        if (motions.firstPending(draftId).isPresent()) {
            throw Refusal.conflict("motion-pending", "A no-action motion is already before the Committee: "
                    + motions.firstPending(draftId).get().ref());
        }
        DatingSteps.Dated dated = dating.date(draftId, "no-action motion", date, meeting, Meetings.Kind.COMMITTEE, false,
                caller.username());
        Motions.Motion motion = motions.move(draftId, Motions.Kind.NO_ACTION.name(), state, caller.username());
        steps.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("motion", motion.ref());
        payload.put("memberState", state);
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        dated.into(payload);
        steps.record(caller, "motion.moved", draftId, payload);
        return motion;
    }
}
