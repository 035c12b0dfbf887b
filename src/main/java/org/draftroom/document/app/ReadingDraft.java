package org.draftroom.document.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.DraftStore;
import org.draftroom.document.store.StoredVersion;
import org.draftroom.document.store.VersionStore;
import org.draftroom.security.Caller;
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

    ReadingDraft(DraftStore drafts, VersionStore versions, List<DraftSection> sections, List<AllowedActions> allowedActions) {
        this.drafts = drafts;
        this.versions = versions;
        this.sections = sections;
        this.allowedActions = allowedActions;
    }

    /** A draft with one of its versions, what other features say of it, and what the caller may do. */
    public record DraftView(DraftRecord draft, StoredVersion version, Map<String, Object> procedure, List<String> allowedActions) {
    }

    @ReadOnly
    public DraftView read(long draftId, Integer versionNumber, Caller caller) {
        DraftRecord draft = drafts.require(draftId);
        StoredVersion version = versions.require(draftId, versionNumber == null ? draft.currentVersion() : versionNumber);
        Map<String, Object> procedure = new LinkedHashMap<>();
        for (DraftSection section : sections) {
            procedure.put(section.name(), section.describe(draft, caller));
        }
        List<String> actions = allowedActions.stream().flatMap(a -> a.of(draft, caller).stream()).distinct().toList();
        return new DraftView(draft, version, procedure, actions);
    }

    @ReadOnly
    public DraftRecord draft(long draftId) {
        return drafts.require(draftId);
    }

    @ReadOnly
    public List<DraftRecord> list(Integer session, String committee, String stage) {
        return drafts.list(session, committee, stage);
    }

    @ReadOnly
    public List<VersionStore.VersionSummary> versions(long draftId) {
        drafts.require(draftId);
        return versions.list(draftId);
    }

    @ReadOnly
    public StoredVersion version(long draftId, Integer number) {
        DraftRecord draft = drafts.require(draftId);
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
