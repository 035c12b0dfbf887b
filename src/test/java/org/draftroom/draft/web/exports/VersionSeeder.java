package org.draftroom.draft.web.exports;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;

/** Test helper: reads a stored version and appends a changed one, as the amendments feature would. */
@Singleton
class VersionSeeder {
    private final VersionStore versions;

    VersionSeeder(VersionStore versions) {
        this.versions = versions;
    }

    @Transactional
    StoredVersion read(long draftId, int number) {
        return versions.require(draftId, number);
    }

    @Transactional
    int append(long draftId, String label, Document document) {
        return versions.append(draftId, label, VersionKind.REVISED, document, "secretariat");
    }
}
