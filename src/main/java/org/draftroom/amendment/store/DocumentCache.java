package org.draftroom.amendment.store;

import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.store.VersionStore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed versions of drafts, kept in memory: versions are immutable, so a (draft, version) pair
 * always means the same document, and proposing an amendment need not read and parse it again.
 */
@Singleton
public class DocumentCache {
    private static final int CAPACITY = 256;
    private final VersionStore versions;
    private final Map<Key, Document> documents = new ConcurrentHashMap<>();

    DocumentCache(VersionStore versions) {
        this.versions = versions;
    }

    private record Key(long draftId, int version) {
    }

    /** The document of that version; reads it in the caller's transaction when not cached. */
    public Document get(long draftId, int version) {
        Key key = new Key(draftId, version);
        Document cached = documents.get(key);
        if (cached != null) {
            return cached;
        }
        Document read = versions.require(draftId, version).document();
        if (documents.size() >= CAPACITY) {
            documents.clear();
        }
        documents.put(key, read);
        return read;
    }
}
