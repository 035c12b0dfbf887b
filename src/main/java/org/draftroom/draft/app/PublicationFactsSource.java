package org.draftroom.draft.app;

import org.draftroom.document.akn.PublicationFacts;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;

/**
 * What the procedure knows of a version that its text does not say: the symbols and dates of
 * tabling, revisions and decisions, the voting outcome, every sponsor. The lifecycle feature
 * provides it; exports (Akoma Ntoso) describe the version with it.
 */
public interface PublicationFactsSource {
    PublicationFacts of(Draft draft, StoredVersion version, PublicationFacts fromTheText);

    /**
     * The job number the version was issued under ("21-19074"), when it is a version issued under a symbol and
     * the number was recorded; null otherwise (a working text has none).
     */
    default String jobNumber(Draft draft, StoredVersion version) {
        return null;
    }
}
