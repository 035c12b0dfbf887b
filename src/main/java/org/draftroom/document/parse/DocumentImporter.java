package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.IdGenerator;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.LabelMode;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.parse.DocumentParseException.Reason;

/**
 * Entry point: reads a General Assembly resolution or draft in any supported layout into a
 * {@link Document}, giving every paragraph a fresh {@link org.draftroom.document.model.ParagraphId}.
 *
 * <pre>{@code
 * Document doc = DocumentImporter.parse(text, null);              // detect the layout
 * Document doc = DocumentImporter.parse(text, SourceFormat.PDF_TEXT);
 * }</pre>
 *
 * @throws DocumentParseException for empty or binary text, a text without "The General Assembly,",
 *                                and footnote markers that point at no footnote
 */
public final class DocumentImporter {

    private DocumentImporter() {
    }

    public static Document parse(String text, SourceFormat formatOrNull) {
        return parse(text, formatOrNull, IdGenerator.random());
    }

    public static Document parse(String text, SourceFormat formatOrNull, IdGenerator ids) {
        String clean = InputCheck.clean(text);
        SourceFormat format = formatOrNull != null ? formatOrNull : FormatDetector.detect(clean);
        SourceLayout layout = format == SourceFormat.PDF_TEXT
                ? PdfTextReader.read(clean)
                : MarkupTextReader.read(clean, format);
        ParagraphAssembler.Result assembled = ParagraphAssembler.assemble(layout.bodyBlocks(), ids);
        List<Paragraph> paragraphs = new ArrayList<>(assembled.paragraphs().size());
        assembled.paragraphs().forEach(p -> paragraphs.add(ParagraphBuilder.build(p)));
        if (paragraphs.isEmpty()) {
            throw new DocumentParseException(Reason.NO_PARAGRAPHS,
                    "No paragraphs follow \"The General Assembly,\"");
        }
        List<Footnote> footnotes = footnotes(layout.footnotes());
        checkFootnoteRefs(paragraphs, footnotes);
        DocumentMetadata metadata = withTail(HeadParser.parse(layout.headLines()), assembled.tail());
        return new Document(metadata, paragraphs, footnotes);
    }

    public static SourceFormat detectFormat(String text) {
        return FormatDetector.detect(InputCheck.clean(text));
    }

    /**
     * Splits a paragraph's full text again into opening phrase and text using the lexicon — for the
     * amendments feature after an edit that crossed the phrase ("replace 'Urges' with 'Calls upon'").
     */
    public static Paragraph resplitOpeningPhrase(Paragraph p) {
        return ParagraphBuilder.resplit(p);
    }

    private static List<Footnote> footnotes(Map<Integer, String> marked) {
        Map<Integer, String> sorted = new TreeMap<>(marked);
        List<Footnote> out = new ArrayList<>(sorted.size());
        sorted.forEach((n, text) -> {
            InlineText inline = InlineParser.parse(text);
            out.add(new Footnote(n, inline.text(), inline.emphasis()));
        });
        return out;
    }

    private static void checkFootnoteRefs(List<Paragraph> paragraphs, List<Footnote> footnotes) {
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        footnotes.forEach(f -> defined.add(f.number()));
        List<String> labels = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            for (FootnoteRef r : paragraphs.get(i).footnoteRefs()) {
                if (!defined.contains(r.number())) {
                    labels = labels != null ? labels : Labeller.labels(paragraphs, LabelMode.CLEAN);
                    throw new DocumentParseException(Reason.UNKNOWN_FOOTNOTE, "Footnote marker " + r.number()
                            + " in " + labels.get(i) + " points at no footnote (footnotes present: "
                            + (defined.isEmpty() ? "none" : new java.util.TreeSet<>(defined)) + ")");
                }
            }
        }
    }

    private static DocumentMetadata withTail(DocumentMetadata m, ParagraphAssembler.Tail tail) {
        if (tail.plenaryMeeting() == null) {
            return m;
        }
        Adoption a = m.adoption() != null ? m.adoption() : new Adoption(null, null, null, null, null);
        Adoption merged = new Adoption(a.resolutionNumber(), a.adoptionDate() != null ? a.adoptionDate() : tail.date(),
                a.reportSymbol(), a.reportParagraph(), tail.plenaryMeeting());
        return new DocumentMetadata(m.organ(), m.symbol(), m.distribution(), m.date(), m.originalLanguage(), m.session(),
                m.committee(), m.agendaItemNumber(), m.agendaItemTitle(), m.title(), m.mainSponsors(), merged);
    }
}
