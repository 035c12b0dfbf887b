package org.draftroom.draft.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.draftroom.document.compare.AttributedComparison;
import org.draftroom.document.compare.AttributionStep;
import org.draftroom.document.compare.ChangeAttribution;
import org.draftroom.document.compare.ChangeSource;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.ListedDraft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads drafts, versions and comparisons; a whole draft in a constant number of queries. */
@Singleton
public class ReadingDraft {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final List<DraftSection> sections;
    private final List<AllowedActions> allowedActions;
    private final ChangeSources changeSources;

    /** The most versions one attributed comparison follows. */
    public static final int MAX_ATTRIBUTED_VERSIONS = 200;

    ReadingDraft(DraftStore drafts, VersionStore versions, List<DraftSection> sections, List<AllowedActions> allowedActions,
                 @Nullable ChangeSources changeSources) {
        this.drafts = drafts;
        this.versions = versions;
        this.sections = sections;
        this.allowedActions = allowedActions;
        this.changeSources = changeSources;
    }

    /** Two versions and their differences, each change attributed to the source that made it. */
    public record AttributedVersions(StoredVersion before, StoredVersion after, AttributedComparison comparison) {
    }

    /**
     * Versions {@code from} → {@code to} with every change attributed from the record (the amendments,
     * revisions and oral revisions in between), whoever asks. {@code from} must be the earlier version.
     */
    @ReadOnly
    public AttributedVersions compareAttributed(long draftId, int from, int to) {
        Draft draft = drafts.require(draftId);
        if (from >= to) {
            throw Refusal.badRequest("versions-out-of-order", "Changes are attributed from an earlier version to a later "
                    + "one: 'from' (" + from + ") must be less than 'to' (" + to + ")");
        }
        if (to - from + 1 > MAX_ATTRIBUTED_VERSIONS) {
            throw Refusal.unprocessable("too-many-versions", "An attributed comparison spans at most "
                    + MAX_ATTRIBUTED_VERSIONS + " versions; compare fewer at once");
        }
        List<StoredVersion> range = versions.range(draftId, from, to);
        if (range.isEmpty() || range.get(0).number() != from) {
            throw Refusal.notFound("Version", from + " of draft " + draftId);
        }
        if (range.get(range.size() - 1).number() != to) {
            throw Refusal.notFound("Version", to + " of draft " + draftId);
        }
        StoredVersion before = range.get(0);
        StoredVersion after = range.get(range.size() - 1);
        List<AttributionStep> steps = changeSources != null ? changeSources.steps(draft, range)
                : List.of(new AttributionStep(ChangeSource.of(ChangeSource.SECRETARIAT, when(after)), after.document()));
        ChangeSource fallback = ChangeSource.of(ChangeSource.SECRETARIAT, when(after));
        return new AttributedVersions(before, after, ChangeAttribution.attribute(before.document(), steps, fallback));
    }

    private static Instant when(StoredVersion v) {
        return v.createdAt() == null ? Instant.EPOCH : v.createdAt().toInstant();
    }

    /** A draft with one of its versions, what other features say of it, and what the caller may do. */
    public record DraftView(Draft draft, StoredVersion version, Map<String, Object> procedure, List<String> allowedActions) {
    }

    @ReadOnly
    public DraftView read(long draftId, Integer versionNumber, Caller caller) {
        Draft draft = drafts.require(draftId);
        StoredVersion version = versions.require(draftId, versionNumber == null ? draft.currentVersion() : versionNumber);
        Map<String, Object> procedure = new LinkedHashMap<>();
        for (DraftSection section : sections) {
            procedure.put(section.name(), section.describe(draft, caller));
        }
        List<String> actions = allowedActions.stream().flatMap(a -> a.of(draft, caller).stream()).distinct().toList();
        return new DraftView(draft, version, procedure, actions);
    }

    @ReadOnly
    public Draft draft(long draftId) {
        return drafts.require(draftId);
    }

    @ReadOnly
    public List<ListedDraft> list(Integer session, String committee, String stage) {
        return drafts.listWithLastChange(session, committee, stage);
    }

    @ReadOnly
    public List<VersionStore.VersionSummary> versions(long draftId) {
        drafts.require(draftId);
        return versions.list(draftId);
    }

    @ReadOnly
    public StoredVersion version(long draftId, Integer number) {
        Draft draft = drafts.require(draftId);
        return versions.require(draftId, number == null ? draft.currentVersion() : number);
    }

    /** Word-level differences between two versions of one draft, aligned by paragraph identity. */
    @ReadOnly
    public Comparison compareVersions(long draftId, int from, int to) {
        drafts.require(draftId);
        return DocumentComparer.compareVersions(versions.require(draftId, from).document(), versions.require(draftId, to).document());
    }

    /** Differences between this draft and another document, aligned by content similarity. */
    @ReadOnly
    public Comparison compareWithOther(long draftId, Integer version, long otherDraftId, Integer otherVersion) {
        if (draftId == otherDraftId) {
            throw Refusal.badRequest("same-draft", "To compare two versions of one draft, give 'from' and 'to'");
        }
        StoredVersion mine = version(draftId, version);
        StoredVersion other = version(otherDraftId, otherVersion);
        return DocumentComparer.compareDocuments(other.document(), mine.document());
    }
}
