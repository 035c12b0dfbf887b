package org.draftroom.draft.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.parse.DocumentParseException;
import org.draftroom.document.parse.SourceFormat;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.NewDraft;
import org.draftroom.draft.store.ProposedSponsorStore;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.ControlCharacters;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat or a delegation brings a text into Draftroom. A draft becomes version 1
 * ("zero draft") in informal consultations, owned by its main sponsors (a delegate's own State
 * always among them); an adopted resolution is kept for reference and comparison.
 */
@Singleton
public class ImportingDraft {
    public static final int MAX_TEXT_LENGTH = 2_000_000;
    private final DraftStore drafts;
    private final VersionStore versions;
    private final MainSponsorMatching sponsors;
    private final AuditTrail audit;
    private final List<DraftCreatedListener> listeners;
    private final ProposedSponsorStore proposed;

    ImportingDraft(DraftStore drafts, VersionStore versions, MainSponsorMatching sponsors, AuditTrail audit,
                   List<DraftCreatedListener> listeners, ProposedSponsorStore proposed) {
        this.proposed = proposed;
        this.drafts = drafts;
        this.versions = versions;
        this.sponsors = sponsors;
        this.audit = audit;
        this.listeners = listeners;
    }

    @Transactional
    public Draft importText(Caller caller, String text, SourceFormat format) {
        ImportPolicy.mayImport(caller);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "text-too-long", "Text too long",
                    "The text has " + text.length() + " characters; at most " + MAX_TEXT_LENGTH + " are accepted");
        }
        int control = text == null ? -1 : firstControlCharacter(text);
        if (control >= 0) {
            throw Refusal.badRequest("control-character", "The text holds a control character ("
                    + ControlCharacters.name(text.charAt(control)) + ") at character " + control);
        }
        Document document;
        try {
            document = DocumentImporter.parse(text == null ? "" : text, format);
        } catch (DocumentParseException e) {
            throw Refusal.unprocessable("unreadable-document", e.getMessage()).with("reason", e.reason().name());
        }
        return store(caller, document, format == null ? DocumentImporter.detectFormat(text).name() : format.name());
    }

    /** Stores an already structured document (from Akoma Ntoso or Word import). */
    @Transactional
    public Draft importDocument(Caller caller, Document document, String sourceFormat) {
        ImportPolicy.mayImport(caller);
        return store(caller, document, sourceFormat);
    }

    private Draft store(Caller caller, Document document, String sourceFormat) {
        DocumentMetadata metadata = document.metadata();
        boolean adopted = metadata.isAdoptedResolution();
        DocumentLimits.check(document);
        ImportPolicy.mayImportAdopted(caller, adopted, metadata.effectiveSymbol());
        if (adopted && (metadata.effectiveSymbol() == null || metadata.effectiveSymbol().isBlank())) {
            throw Refusal.unprocessable("adopted-without-symbol", "The heading says the resolution was adopted, but the text gives "
                    + "no resolution symbol (such as A/RES/76/186) to keep it under");
        }
        List<String> named = sponsors.match(metadata.mainSponsors(), caller, adopted);
        List<String> mainSponsors = ImportPolicy.mainSponsorsAtOnce(caller, named);
        List<String> proposedSponsors = named.stream().filter(s -> !mainSponsors.contains(s)).toList();
        String title = metadata.title() == null || metadata.title().isBlank() ? "Untitled draft" : metadata.title();
        String label = adopted ? metadata.effectiveSymbol() : "zero draft";
        if (adopted) {
            drafts.findBySymbol(metadata.effectiveSymbol()).ifPresent(existing -> {
                throw Refusal.conflict("already-imported", metadata.effectiveSymbol() + " is already in Draftroom as draft "
                        + existing.id()).with("draftId", existing.id());
            });
        }
        long id = drafts.insert(new NewDraft(title, metadata.session(), metadata.committee(), metadata.agendaItemNumber(),
                metadata.agendaItemTitle(), adopted ? metadata.effectiveSymbol() : null,
                adopted ? Stage.ADOPTED : Stage.CONSULTATIONS, mainSponsors, caller.username()));
        proposed.propose(id, proposedSponsors, caller.username());
        versions.append(id, label, VersionKind.IMPORTED, document, caller.username());
        Draft draft = drafts.require(id);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("draftId", id);
        payload.put("title", title);
        payload.put("format", sourceFormat);
        payload.put("mainSponsors", mainSponsors);
        if (!proposedSponsors.isEmpty()) {
            payload.put("proposedMainSponsors", proposedSponsors);
        }
        payload.put("versionLabel", label);
        payload.put("paragraphs", document.paragraphs().size());
        payload.put("footnotes", document.footnotes().size());
        for (DraftCreatedListener listener : listeners) {
            listener.draftCreated(draft, caller);
        }
        audit.record(AuditEvent.by(caller, "draft.imported", id, payload));
        return drafts.require(id);
    }

    /** Text as extracted from a PDF may hold page breaks (form feeds) besides tabs and line breaks. */
    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return i;
            }
        }
        return -1;
    }
}
