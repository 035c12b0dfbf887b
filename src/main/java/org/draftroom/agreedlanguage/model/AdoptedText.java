package org.draftroom.agreedlanguage.model;

import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.LabelMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An adopted resolution as the library keeps it: where it comes from and its paragraphs, each with
 * its label, its words' key and its sketch.
 */
public record AdoptedText(String symbol, String resolution, Integer session, String title, LocalDate adoptedOn,
                          List<Entry> paragraphs) {

    /** One indexed paragraph. */
    public record Entry(int position, String label, String text, long wordsKey, long[] bands) {
    }

    public AdoptedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The library's copy of an adopted document (its metadata must carry its symbol). */
    public static AdoptedText of(Document document) {
        DocumentMetadata m = document.metadata();
        Adoption adoption = m.adoption();
        String resolution = adoption == null ? null : adoption.resolutionNumber();
        Integer session = m.session() != null ? m.session() : sessionOf(resolution);
        List<String> labels = document.labels(LabelMode.CLEAN);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < document.paragraphs().size(); i++) {
            String text = document.paragraphs().get(i).fullText();
            List<String> words = Wording.words(text);
            entries.add(new Entry(i + 1, labels.get(i), text, Wording.key(words), Sketch.bands(words)));
        }
        return new AdoptedText(m.effectiveSymbol(), resolution, session, m.title(),
                adoption == null ? null : adoption.adoptionDate(), entries);
    }

    private static Integer sessionOf(String resolution) {
        if (resolution == null) {
            return null;
        }
        int slash = resolution.indexOf('/');
        try {
            return slash > 0 ? Integer.valueOf(resolution.substring(0, slash)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
