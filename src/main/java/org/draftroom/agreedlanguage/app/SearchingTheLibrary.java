package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.store.LibraryStore;

import java.util.List;

/** Finds adopted paragraphs by words a negotiator remembers. */
@Singleton
public class SearchingTheLibrary {
    private final LibraryStore library;

    SearchingTheLibrary(LibraryStore library) {
        this.library = library;
    }

    @ReadOnly
    public List<LibraryStore.Found> search(String words, int limit) {
        return library.search(words, limit);
    }
}
