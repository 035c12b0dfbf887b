package org.draftroom.lifecycle;

import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Distribution;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;

import java.time.LocalDate;
import java.util.List;

/** The texts the procedure issues: a tabled draft or revision, the text as orally revised, the resolution. */
public final class IssuedText {
    private static final String ORGAN = "General Assembly";

    private IssuedText() {
    }

    /** The draft issued under its symbol: L. document, limited distribution, main sponsors in alphabetical order. */
    public static Document asIssuedDraft(Document current, String symbol, LocalDate date, List<String> mainSponsorNames) {
        DocumentMetadata m = current.metadata();
        return current.renumbered().withMetadata(new DocumentMetadata(m.organ() == null ? ORGAN : m.organ(), symbol,
                Distribution.LIMITED, date, m.originalLanguage(), m.session(), m.committee(), m.agendaItemNumber(),
                m.agendaItemTitle(), m.title(), DraftHeading.alphabetical(mainSponsorNames), null));
    }

    /** The resolution as issued: "Distr.: General" and the day of issue under it. */
    public static Document asIssuedOn(Document resolution, LocalDate issuedOn) {
        DocumentMetadata m = resolution.metadata();
        return resolution.withMetadata(new DocumentMetadata(m.organ(), m.symbol(), Distribution.GENERAL, issuedOn,
                m.originalLanguage(), m.session(), m.committee(), m.agendaItemNumber(), m.agendaItemTitle(), m.title(),
                m.mainSponsors(), m.adoption()));
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
