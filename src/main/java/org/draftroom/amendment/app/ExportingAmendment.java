package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentApplication;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.akn.AknAmendmentWriter;
import org.draftroom.document.model.Document;
import org.draftroom.document.print.WrittenAmendment;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An amendment as a document of its own: the text it was proposed against, that text as the amendment
 * would make it, and its facts (symbol, proposing States, date), for the written-amendment, Word and Akoma
 * Ntoso exports. Whoever may read the amendment may export it.
 */
@Singleton
public class ExportingAmendment {
    private final DraftStore drafts;
    private final AmendmentStore amendments;
    private final DocumentCache documents;
    private final MemberStates memberStates;

    ExportingAmendment(DraftStore drafts, AmendmentStore amendments, DocumentCache documents, MemberStates memberStates) {
        this.drafts = drafts;
        this.amendments = amendments;
        this.documents = documents;
        this.memberStates = memberStates;
    }

    /** What the exports need: the text proposed against, as amended, and the amendment's facts. */
    public record AmendmentDocument(Document draft, Document amended, WrittenAmendment written, AknAmendmentWriter.Amendment akn,
                                    String fileName) {
    }

    @ReadOnly
    public AmendmentDocument export(long draftId, int number) {
        drafts.require(draftId);
        StoredAmendment stored = amendments.find(draftId, number)
                .orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId));
        Amendment a = stored.amendment();
        Document draft = documents.get(draftId, a.anchoredVersion());
        Document amended;
        try {
            amended = AmendmentApplication.apply(draft, a.operations());
        } catch (Refusal | IllegalArgumentException | IllegalStateException e) {
            throw Refusal.conflict("amendment-not-applicable", a.reference() + " no longer applies to the text it was "
                    + "proposed against, so it cannot be laid out as a document: " + e.getMessage());
        }
        List<String> proposers = new ArrayList<>();
        proposers.add(memberStates.nameOf(a.memberState()));
        a.cosponsors().stream().map(memberStates::nameOf).filter(n -> !proposers.contains(n)).forEach(proposers::add);
        LocalDate date = stored.createdAt() == null ? null : stored.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        WrittenAmendment written = WrittenAmendment.of(a.symbol(), "Amendment " + a.number(), proposers, date, draft, amended);
        AknAmendmentWriter.Amendment akn = new AknAmendmentWriter.Amendment(a.symbol(), proposers.get(0), date,
                proposers.subList(1, proposers.size()));
        String fileName = a.symbol() != null ? a.symbol() : "draft-" + draftId + "_amendment-" + a.number();
        return new AmendmentDocument(draft, amended, written, akn, fileName);
    }
}
