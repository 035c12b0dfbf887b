package org.draftroom.amendment.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.Competition;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.document.model.Document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each pending amendment falls in a version of a draft. A new proposal is checked against
 * every pending amendment on its paragraphs; their footprints are computed once per amendment
 * state and version (versions are immutable, and any change of an amendment bumps its row
 * version), not again for every proposal.
 */
@Singleton
class FootprintCache {
    private static final int MOST = 100_000;
    private final Map<Key, List<Footprint>> footprints = new ConcurrentHashMap<>();

    private record Key(long amendmentId, long rowVersion, long draftId, int version) {
    }

    List<Footprint> of(Amendment amendment, Document text, int version) {
        if (footprints.size() > MOST) {
            footprints.clear();
        }
        return footprints.computeIfAbsent(new Key(amendment.id(), amendment.rowVersion(), amendment.draftId(), version),
                key -> List.copyOf(Competition.footprints(text, amendment.operations())));
    }
}
