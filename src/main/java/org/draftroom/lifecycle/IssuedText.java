package org.draftroom.lifecycle;

import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Distribution;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.List;

/** The texts the procedure issues: a tabled draft or revision, the text as orally revised, the resolution. */
public final class IssuedText {
    private static final String ORGAN = "General Assembly";

    private IssuedText() {
    }

    /** A change read out at action: the paragraph (label such as "OP5" or id) and its new text. */
    public record OralChange(String paragraph, String text) {
    }

    /** The draft issued under its symbol: L. document, limited distribution, main sponsors in alphabetical order. */
    public static Document asIssuedDraft(Document current, String symbol, LocalDate date, List<String> mainSponsorNames) {
        DocumentMetadata m = current.metadata();
        return current.renumbered().withMetadata(new DocumentMetadata(m.organ() == null ? ORGAN : m.organ(), symbol,
                Distribution.LIMITED, date, m.originalLanguage(), m.session(), m.committee(), m.agendaItemNumber(),
                m.agendaItemTitle(), m.title(), DraftHeading.alphabetical(mainSponsorNames), null));
    }

    /** The text as orally revised: each named paragraph gets its new text (opening phrase kept). */
    public static Document asOrallyRevised(Document current, List<OralChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw Refusal.unprocessable("no-changes", "An oral revision changes at least one paragraph");
        }
        Document revised = current;
        for (OralChange change : changes) {
            if (change.paragraph() == null || change.text() == null || change.text().isBlank()) {
                throw Refusal.unprocessable("incomplete-change", "Each change names a paragraph and gives its new text");
            }
            Document base = revised;
            Paragraph p = base.byLabel(change.paragraph())
                    .or(() -> base.paragraphs().stream().filter(x -> x.id().value().equals(change.paragraph())).findFirst())
                    .orElseThrow(() -> Refusal.unprocessable("unknown-paragraph", "There is no paragraph " + change.paragraph()));
            revised = revised.replace(p.withText(change.text().strip()));
        }
        return revised;
    }

    /** The facts of the plenary's adoption. */
    public record Resolution(String number, LocalDate adoptedOn, String reportSymbol, Integer reportParagraph, String meeting) {
    }

    /** A/RES/80/186: the adopted text with its resolution heading and the meeting and date at its end. */
    public static Document asResolution(Document current, Resolution r) {
        DocumentMetadata m = current.metadata();
        Adoption adoption = new Adoption(r.number(), r.adoptedOn(), r.reportSymbol(), r.reportParagraph(), r.meeting());
        return current.renumbered().withMetadata(new DocumentMetadata(m.organ() == null ? ORGAN : m.organ(),
                adoption.resolutionSymbol(), Distribution.GENERAL, null, null, m.session(), m.committee(), m.agendaItemNumber(),
                m.agendaItemTitle(), m.title(), List.of(), adoption));
    }
}
