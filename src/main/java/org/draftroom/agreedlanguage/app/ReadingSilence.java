package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.app.SilenceSection.SilenceView;
import org.draftroom.agreedlanguage.store.SilenceStore;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;

import java.util.Optional;

/** The draft's latest silence procedure as the API shows it. */
@Singleton
public class ReadingSilence {
    private final DraftStore drafts;
    private final SilenceStore silences;
    private final SilenceSection section;

    ReadingSilence(DraftStore drafts, SilenceStore silences, SilenceSection section) {
        this.drafts = drafts;
        this.silences = silences;
        this.section = section;
    }

    @ReadOnly
    public Optional<SilenceView> latest(long draftId) {
        Draft draft = drafts.require(draftId);
        return silences.latest(draftId).map(s -> section.view(draft, s));
    }
}
