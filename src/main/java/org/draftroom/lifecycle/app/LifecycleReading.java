package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.document.render.PlainTextRenderer;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.DraftHeading;
import org.draftroom.shared.Caller;

import java.util.List;

/** What the lifecycle tells about a draft outside of its steps: the caller's actions, the rendered text. */
@Singleton
public class LifecycleReading {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final DraftSteps steps;

    LifecycleReading(DraftStore drafts, VersionStore versions, DraftSteps steps) {
        this.drafts = drafts;
        this.versions = versions;
        this.steps = steps;
    }

    /** The steps the caller may take now (empty for stages the lifecycle does not know). */
    @ReadOnly
    public List<String> allowedActions(Draft draft, Caller caller) {
        return steps.allowed(draft, caller);
    }

    @ReadOnly
    public Draft draft(long draftId) {
        return drafts.require(draftId);
    }

    @ReadOnly
    public List<String> allowedActions(long draftId, Caller caller) {
        return allowedActions(drafts.require(draftId), caller);
    }

    /**
     * A version as plain text, as UN documents print it: a revision's heading reads "revised draft
     * resolution"; a resolution ends with its meeting and date.
     */
    @ReadOnly
    public String plainText(long draftId, Integer number) {
        Draft draft = drafts.require(draftId);
        StoredVersion version = versions.require(draftId, number == null ? draft.currentVersion() : number);
        String text = PlainTextRenderer.render(version.document());
        List<String> sponsors = version.document().metadata().mainSponsors();
        if (version.kind() == VersionKind.REVISED && !sponsors.isEmpty()) {
            text = text.replace(DraftHeading.sponsorLine(sponsors, false) + "\n", DraftHeading.sponsorLine(sponsors, true) + "\n");
        }
        return text;
    }
}
