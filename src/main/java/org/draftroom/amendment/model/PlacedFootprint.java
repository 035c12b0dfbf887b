package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A footprint together with a fingerprint of the paragraph text its word positions refer to. Two
 * footprints' positions can be compared only when they were taken on the same text: a pending
 * amendment anchored to an older version is compared as it stands, and only when its paragraph has
 * changed since must it be placed again on the current text.
 */
public record PlacedFootprint(Footprint footprint, long textFingerprint) {

    /** The footprints of {@code operations} in {@code document}, each with its paragraph's fingerprint. */
    public static List<PlacedFootprint> of(Document document, List<Operation> operations) {
        return place(document, Competition.footprints(document, operations));
    }

    /** These footprints, taken in {@code document}, each with its paragraph's fingerprint. */
    public static List<PlacedFootprint> place(Document document, List<Footprint> footprints) {
        return footprints.stream()
                .map(f -> new PlacedFootprint(f, fingerprint(document.paragraph(f.paragraph()).orElse(null))))
                .toList();
    }

    /** The ids of the paragraphs these footprints fall on, each once, sorted. */
    public static List<String> paragraphIds(List<PlacedFootprint> placed) {
        return Competition.paragraphIds(placed.stream().map(PlacedFootprint::footprint).toList());
    }

    /** FNV-1a (64 bits) of the paragraph's full text in UTF-8; 0 for a paragraph that is not there. */
    public static long fingerprint(Paragraph paragraph) {
        if (paragraph == null) {
            return 0;
        }
        long hash = 0xcbf29ce484222325L;
        for (byte b : paragraph.fullText().getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
