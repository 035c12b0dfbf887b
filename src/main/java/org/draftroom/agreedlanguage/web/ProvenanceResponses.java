package org.draftroom.agreedlanguage.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.draftroom.agreedlanguage.model.Origin;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.agreedlanguage.model.SourceMatch;
import org.draftroom.agreedlanguage.model.SourceParagraph;
import org.draftroom.document.compare.DiffSegment;

import java.util.List;

/** What the agreed-language API answers. */
final class ProvenanceResponses {
    private ProvenanceResponses() {
    }

    record Counts(int verbatim, int modified, @JsonProperty("new") int fresh) {
    }

    /**
     * @param origin "verbatim", "modified" or "new"
     * @param source how a negotiator cites the closest source ("76/186 PP3"), null for a new paragraph
     */
    record ParagraphOrigin(String id, String label, String origin, String source, List<SourceResponse> sources) {
    }

    /** @param difference from the adopted words to the paragraph's (EQUAL, INSERT, DELETE runs); empty when verbatim */
    record SourceResponse(String cite, String symbol, String resolution, Integer session, String label, double similarity,
                          String text, List<DiffSegment> difference) {
    }

    record ProvenanceResponse(long draftId, int version, String versionLabel, Counts counts, List<ParagraphOrigin> paragraphs) {
    }

    /** @param effect what the amendment does to agreed language, in a sentence; {@code before} null for an inserted paragraph */
    record ChangedParagraph(String id, String label, String effect, ParagraphOrigin before, ParagraphOrigin after) {
    }

    record AmendmentProvenanceResponse(long draftId, int amendment, int version, List<ChangedParagraph> paragraphs) {
    }

    record FoundResponse(String cite, String symbol, String resolution, Integer session, String label, String text,
                         double similarity) {
    }

    record SearchResponse(String q, List<FoundResponse> paragraphs) {
    }

    static ParagraphOrigin paragraph(String id, String label, Provenance p) {
        return new ParagraphOrigin(id, label, p.origin().json(), p.closest(),
                p.sources().stream().map(ProvenanceResponses::source).toList());
    }

    static SourceResponse source(SourceMatch m) {
        SourceParagraph s = m.source();
        return new SourceResponse(s.cite(), s.symbol(), s.resolution(), s.session(), s.label(), m.similarity(), s.text(),
                m.difference());
    }

    static Counts counts(List<Provenance> all) {
        int verbatim = 0;
        int modified = 0;
        int fresh = 0;
        for (Provenance p : all) {
            if (p.origin() == Origin.VERBATIM) {
                verbatim++;
            } else if (p.origin() == Origin.MODIFIED) {
                modified++;
            } else {
                fresh++;
            }
        }
        return new Counts(verbatim, modified, fresh);
    }
}
