package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.AdoptedText;
import org.draftroom.agreedlanguage.store.LibraryStore;

import java.util.List;

/**
 * Brings the library up to date with every adopted resolution in Draftroom: each draft adopted in
 * plenary, and each A/RES text the secretariat imported, at its current version. Runs before every
 * read of the library, so a text is found as soon as its adoption commits, whichever server asks;
 * servers that find the same texts missing take turns on a lock.
 */
@Singleton
public class IndexingAdoptedTexts {
    private final LibraryStore library;

    IndexingAdoptedTexts(LibraryStore library) {
        this.library = library;
    }

    /** Indexes the adopted texts the library lacks; answers how many. */
    @Transactional
    public int catchUp() {
        if (library.pending().isEmpty()) {
            return 0;
        }
        library.lockIndexing();
        List<LibraryStore.PendingText> pending = library.pending();
        for (LibraryStore.PendingText text : pending) {
            library.put(text.draftId(), text.version(), AdoptedText.of(text.document()));
        }
        return pending.size();
    }
}
