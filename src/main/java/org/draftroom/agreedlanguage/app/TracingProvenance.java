package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.AgreedLanguagePolicy;
import org.draftroom.agreedlanguage.model.Origin;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.agreedlanguage.model.SourceParagraph;
import org.draftroom.agreedlanguage.model.Sketch;
import org.draftroom.agreedlanguage.model.Wording;
import org.draftroom.agreedlanguage.store.LibraryStore;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.draft.store.StoredVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provenance of every paragraph of a version: two queries whatever the length of the draft or
 * the size of the library (one for the same words, one for the near relatives of the rest). A
 * draft's own adopted text never counts as its source.
 */
@Singleton
public class TracingProvenance {
    /** How many near relatives per paragraph the exact comparison looks at. */
    static final int CANDIDATES = 8;
    private final ReadingDraft reading;
    private final LibraryStore library;

    TracingProvenance(ReadingDraft reading, LibraryStore library) {
        this.reading = reading;
        this.library = library;
    }

    /** One paragraph of the version with where its words come from. */
    public record Traced(Paragraph paragraph, String label, Provenance provenance) {
    }

    public record TracedVersion(StoredVersion version, List<Traced> paragraphs) {
    }

    @ReadOnly
    public TracedVersion trace(long draftId, Integer versionNumber) {
        StoredVersion version = reading.version(draftId, versionNumber);
        Document document = version.document();
        List<String> texts = document.paragraphs().stream().map(Paragraph::fullText).toList();
        List<Provenance> found = trace(texts, draftId);
        List<String> labels = document.labels();
        List<Traced> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Traced(document.paragraphs().get(i), labels.get(i), found.get(i)));
        }
        return new TracedVersion(version, out);
    }

    /** The provenance of each text, in order, against the library without the texts of {@code excludeDraft}. */
    @ReadOnly
    public List<Provenance> trace(List<String> texts, Long excludeDraft) {
        List<List<String>> words = texts.stream().map(Wording::words).toList();
        long[] keys = words.stream().mapToLong(Wording::key).toArray();
        Map<Long, List<SourceParagraph>> same = library.withWords(keys, excludeDraft);
        Provenance[] out = new Provenance[texts.size()];
        List<Integer> rest = new ArrayList<>();
        List<long[]> sketches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (words.get(i).isEmpty()) {
                out[i] = Provenance.fresh();
                continue;
            }
            Provenance verbatim = AgreedLanguagePolicy.classify(texts.get(i), same.getOrDefault(keys[i], List.of()));
            if (verbatim.origin() == Origin.VERBATIM) {
                out[i] = verbatim;
            } else {
                rest.add(i);
                sketches.add(Sketch.bands(words.get(i)));
            }
        }
        List<List<SourceParagraph>> near = library.nearest(sketches, excludeDraft, CANDIDATES);
        for (int j = 0; j < rest.size(); j++) {
            int i = rest.get(j);
            out[i] = AgreedLanguagePolicy.classify(texts.get(i), near.get(j));
        }
        return List.of(out);
    }
}
