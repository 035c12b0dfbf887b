package org.draftroom.agreedlanguage.app;

import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.agreedlanguage.model.SilenceState;
import org.draftroom.agreedlanguage.store.SilenceStore;
import org.draftroom.draft.app.AllowedActions;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "silence" in a draft's JSON: the draft's latest silence procedure (null when none), and the
 * actions {@code start-silence} (the assigned facilitator, in consultations, no silence running) and
 * {@code break-silence} (a delegation that has not broken the running silence, before its deadline).
 */
@Singleton
public class SilenceSection implements DraftSection, AllowedActions {
    private final SilenceStore silences;
    private final MemberStates memberStates;
    /**
     * The silence {@link #describe} read, taken by {@link #of} when it asks about the same state of
     * the same draft (a draft's read asks the sections, then the actions, on one thread): one query
     * per read. Every change of a silence moves the draft's row version, so a kept read is never stale.
     */
    private final ThreadLocal<Read> lastRead = new ThreadLocal<>();

    private record Read(long draftId, long draftRowVersion, Optional<Silence> silence) {
    }

    SilenceSection(SilenceStore silences, MemberStates memberStates) {
        this.silences = silences;
        this.memberStates = memberStates;
    }

    /** @param name the State's name in the draft's session */
    public record BreakView(String memberState, String name, OffsetDateTime brokenAt, String text) {
    }

    /**
     * @param state              "under silence", "held" or "broken"
     * @param agreedUnderSilence held, and the draft's current text is still the version that was under silence
     * @param etag               the silence's entity tag, sent as If-Match to break it
     */
    public record SilenceView(long id, String state, int version, OffsetDateTime until, String startedBy,
                              OffsetDateTime startedAt, OffsetDateTime closedAt, boolean agreedUnderSilence,
                              List<BreakView> breaks, String etag) {
    }

    @Override
    public String name() {
        return "silence";
    }

    @Override
    public Object describe(Draft draft, Caller caller) {
        Optional<Silence> latest = silences.latest(draft.id());
        lastRead.set(new Read(draft.id(), draft.rowVersion(), latest));
        return latest.map(s -> view(draft, s)).orElse(null);
    }

    public SilenceView view(Draft draft, Silence s) {
        List<BreakView> breaks = new ArrayList<>();
        s.breaks().forEach(b -> breaks.add(new BreakView(b.memberState(), memberStates.nameInSession(b.memberState(), draft.session()),
                b.brokenAt(), b.text())));
        return new SilenceView(s.id(), s.state().json(), s.version(), s.until(), s.startedBy(), s.startedAt(), s.closedAt(),
                s.state() == SilenceState.HELD && s.version() == draft.currentVersion(), breaks, SilenceTags.of(s));
    }

    @Override
    public List<String> of(Draft draft, Caller caller) {
        boolean facilitator = caller.is(Role.FACILITATOR) && caller.username().equals(draft.facilitator());
        boolean delegate = caller.is(Role.DELEGATE);
        if (!(facilitator && draft.stage() == Stage.CONSULTATIONS || delegate)) {
            return List.of();
        }
        Silence latest = latest(draft).orElse(null);
        boolean running = latest != null && latest.isRunning();
        if (facilitator && !running && draft.stage() == Stage.CONSULTATIONS) {
            return List.of("start-silence");
        }
        if (delegate && running && Instant.now().isBefore(latest.until().toInstant()) && !latest.brokenBy(caller.memberState())) {
            return List.of("break-silence");
        }
        return List.of();
    }

    private Optional<Silence> latest(Draft draft) {
        Read read = lastRead.get();
        lastRead.remove();
        if (read != null && read.draftId() == draft.id() && read.draftRowVersion() == draft.rowVersion()) {
            return read.silence();
        }
        return silences.latest(draft.id());
    }
}
