package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.AmendmentEffect;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.amendment.app.PreviewingAmendments;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.app.ReadingDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agreed language of a pending amendment: each paragraph it changes, traced before and after
 * (the current text as it would read with the amendment), with what that means for agreed language.
 */
@Singleton
public class TracingAmendment {
    private final PreviewingAmendments previewing;
    private final TracingProvenance tracing;
    private final ReadingDraft reading;

    TracingAmendment(PreviewingAmendments previewing, TracingProvenance tracing, ReadingDraft reading) {
        this.previewing = previewing;
        this.tracing = tracing;
        this.reading = reading;
    }

    /** @param before null for a paragraph the amendment inserts */
    public record Changed(String paragraphId, String label, Provenance before, Provenance after, String effect) {
    }

    public record TracedAmendment(long draftId, int number, int version, List<Changed> paragraphs) {
    }

    @ReadOnly
    public TracedAmendment trace(long draftId, int number) {
        PreviewingAmendments.Preview preview = previewing.preview(draftId, List.of(number));
        Document current = reading.version(draftId, preview.version()).document();
        Document after = preview.text();
        List<Paragraph> changed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> beforeIndex = new ArrayList<>();
        for (Paragraph p : after.paragraphs()) {
            Optional<Paragraph> was = current.paragraph(p.id());
            if (was.isEmpty() || !was.get().fullText().equals(p.fullText())) {
                changed.add(p);
                texts.add(p.fullText());
                if (was.isPresent()) {
                    beforeIndex.add(texts.size());
                    texts.add(was.get().fullText());
                } else {
                    beforeIndex.add(-1);
                }
            }
        }
        List<Provenance> traced = tracing.trace(texts, draftId);
        List<String> labels = after.labels();
        List<Changed> out = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < changed.size(); i++) {
            Paragraph p = changed.get(i);
            Provenance afterProvenance = traced.get(t);
            int b = beforeIndex.get(i);
            Provenance beforeProvenance = b < 0 ? null : traced.get(b);
            t = b < 0 ? t + 1 : t + 2;
            String label = labels.get(after.indexOf(p.id()));
            out.add(new Changed(p.id().value(), label, beforeProvenance, afterProvenance,
                    AmendmentEffect.describe(label, beforeProvenance, afterProvenance)));
        }
        return new TracedAmendment(draftId, number, preview.version(), out);
    }
}
