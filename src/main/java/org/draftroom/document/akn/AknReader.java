package org.draftroom.document.akn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Paragraph;
import org.w3c.dom.Element;

/**
 * Imports an Akoma Ntoso resolution or draft written by {@link AknWriter} (or any AKN statement shaped the
 * same way) back into a {@link Document} with the same paragraph ids, plus its {@link PublicationFacts}.
 * Export → import → export gives the same bytes.
 *
 * @throws DocumentFormatException for XML that is malformed, declares a DOCTYPE, is too large, or is not an
 *                                 Akoma Ntoso resolution
 */
public final class AknReader {

    /** What an AKN file holds: the text and the lifecycle facts from its metadata. */
    public record Imported(Document document, PublicationFacts facts) {
    }

    private AknReader() {
    }

    public static Imported read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Imported read(byte[] xml) {
        Element root = SafeXml.parse(xml).getDocumentElement();
        if (!Dom.is(root, "akomaNtoso")) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "The root element is <" + root.getNodeName()
                    + ">, not <akomaNtoso> in namespace " + AknNames.NS);
        }
        Element statement = Dom.child(root, "statement").orElseThrow(() -> new DocumentFormatException(
                Reason.NOT_A_RESOLUTION, "The Akoma Ntoso document is not a <statement> (resolution)"));
        String name = statement.getAttribute("name").toLowerCase(java.util.Locale.ROOT);
        if (!name.contains("resolution") && !name.contains("deliberation") && !name.isEmpty()) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION,
                    "The statement is a \"" + statement.getAttribute("name") + "\", not a resolution");
        }
        Element meta = Dom.child(statement, "meta").orElseThrow(() -> new DocumentFormatException(
                Reason.NOT_A_RESOLUTION, "The statement has no <meta>"));
        if (Dom.child(statement, "mainBody").isEmpty()) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "The statement has no <mainBody>");
        }
        boolean draft = name.contains("draft") || Dom.find(meta, "FRBRsubtype", null, null).stream()
                .anyMatch(e -> e.getAttribute("value").toLowerCase(java.util.Locale.ROOT).contains("draft"));
        try {
            AknInlineReader inline = new AknInlineReader();
            List<Paragraph> paragraphs = new AknBodyReader(inline).read(statement);
            if (paragraphs.isEmpty()) {
                throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "The resolution has no paragraphs");
            }
            Map<Integer, Footnote> footnotes = new HashMap<>(inline.footnotes());
            for (Element note : Dom.find(meta, "note", null, null)) {
                int n = AknInlineReader.marker(note);
                footnotes.putIfAbsent(n, inline.footnote(n, note));
            }
            List<Footnote> sorted = new ArrayList<>(footnotes.values());
            sorted.sort(java.util.Comparator.comparingInt(Footnote::number));
            DocumentMetadata metadata = withNumber(AknHeadReader.read(statement, draft), statement, meta);
            return new Imported(new Document(metadata, paragraphs, sorted), AknMetaReader.facts(meta));
        } catch (IllegalArgumentException e) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "The resolution is inconsistent: "
                    + e.getMessage(), e);
        }
    }

    /** An adopted resolution's number, from wherever the file puts it when not where Draftroom writes it. */
    private static DocumentMetadata withNumber(DocumentMetadata m, Element statement, Element meta) {
        Adoption a = m.adoption();
        if (a == null || a.resolutionNumber() != null) {
            return m;
        }
        String number = AknNumberFinder.resolutionNumber(statement, meta).orElseThrow(() -> new DocumentFormatException(
                Reason.NOT_A_RESOLUTION, "The resolution has no number: none in <docNumber>, FRBRalias or the work IRI "
                + "(give FRBRsubtype draftResolution for a draft)"));
        return new DocumentMetadata(m.organ(), m.symbol(), m.distribution(), m.date(), m.originalLanguage(), m.session(),
                m.committee(), m.agendaItemNumber(), m.agendaItemTitle(), m.title(), m.mainSponsors(),
                new Adoption(number, a.adoptionDate(), a.reportSymbol(), a.reportParagraph(), a.plenaryMeeting()));
    }
}
