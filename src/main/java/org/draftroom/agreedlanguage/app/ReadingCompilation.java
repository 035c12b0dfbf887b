package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.NegotiationStatusPolicy;
import org.draftroom.agreedlanguage.model.ParagraphStatus;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.agreedlanguage.store.ParagraphStatusStore;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.draft.store.StoredVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facilitator's compilation: each paragraph of the current text with its negotiation status
 * (as it reads now: a status given on other words reads open) and where its words come from.
 */
@Singleton
public class ReadingCompilation {
    private final ReadingDraft reading;
    private final ParagraphStatusStore statuses;
    private final TracingProvenance tracing;

    ReadingCompilation(ReadingDraft reading, ParagraphStatusStore statuses, TracingProvenance tracing) {
        this.reading = reading;
        this.statuses = statuses;
        this.tracing = tracing;
    }

    /**
     * @param reset  the paragraph had a status that no longer holds because its words changed
     * @param etag   the entity tag to send as If-Match when changing its status
     */
    public record Entry(Paragraph paragraph, String label, ParagraphStatus status, boolean reset, String etag,
                        Provenance provenance) {
    }

    public record Compilation(long draftId, StoredVersion version, List<Entry> paragraphs) {
    }

    @ReadOnly
    public Compilation compile(long draftId) {
        StoredVersion version = reading.version(draftId, null);
        Document document = version.document();
        Map<String, ParagraphStatus> stored = statuses.all(draftId);
        List<String> texts = document.paragraphs().stream().map(Paragraph::fullText).toList();
        List<Provenance> provenance = tracing.trace(texts, draftId);
        List<String> labels = document.labels();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Paragraph p = document.paragraphs().get(i);
            String id = p.id().value();
            ParagraphStatus given = stored.getOrDefault(id, ParagraphStatus.unmarked(id, texts.get(i)));
            out.add(new Entry(p, labels.get(i), NegotiationStatusPolicy.effective(given, texts.get(i)),
                    NegotiationStatusPolicy.wasReset(given, texts.get(i)), StatusTags.of(draftId, id, given.rowVersion()),
                    provenance.get(i)));
        }
        return new Compilation(draftId, version, out);
    }
}
