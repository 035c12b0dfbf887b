package org.draftroom.document.akn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;

/**
 * Exports a document version as Akoma Ntoso 3.0 in the UN profile (AKN4UN): an
 * {@code <akomaNtoso><statement name="resolution">} with meta, cover page, preface, preamble, main body and,
 * for adopted resolutions, conclusions. Drafts carry FRBR subtype {@code draftResolution}.
 * The output is deterministic: the same document and facts always give the same bytes.
 *
 * <pre>{@code
 * String xml = AknWriter.write(document, PublicationFacts.derivedFrom(document));
 * }</pre>
 */
public final class AknWriter {

    public static final String MEDIA_TYPE = "application/akn+xml";

    private AknWriter() {
    }

    public static String write(Document d, PublicationFacts given) {
        PublicationFacts facts = inDateOrder(given);
        // The body is written first to learn which footnotes have a marker; the rest go to <notes> in <meta>.
        XmlOut bodyOut = new XmlOut();
        AknBodyWriter probe = new AknBodyWriter(d, bodyOut);
        probe.write();
        List<Footnote> unreferenced = d.footnotes().stream()
                .filter(f -> !probe.referencedFootnotes().contains(f.number())).toList();

        XmlOut x = new XmlOut().declaration();
        AknReferences refs = new AknReferences(d.metadata(), facts);
        x.open("akomaNtoso");
        x.open("statement", "name", AknNames.DOC_NAME);
        AknBodyWriter body = new AknBodyWriter(d, x);
        new AknMetaWriter(d, facts, x, refs).write(unreferenced, body);
        AknHeadWriter head = new AknHeadWriter(d.metadata(), x, refs);
        head.coverPage();
        head.preface();
        body.write();
        head.conclusions();
        x.close().close();
        return x.finish();
    }

    /** Workflow steps in date order (a stable sort: steps of one day keep the order they were recorded in). */
    static PublicationFacts inDateOrder(PublicationFacts facts) {
        List<PublicationFacts.WorkflowStep> steps = new java.util.ArrayList<>(facts.steps());
        steps.sort(java.util.Comparator.comparing(PublicationFacts.WorkflowStep::date));
        return steps.equals(facts.steps()) ? facts
                : new PublicationFacts(facts.symbol(), steps, facts.outcome(), facts.sponsors(), facts.version(), facts.votes());
    }

    public static byte[] writeBytes(Document d, PublicationFacts facts) {
        return write(d, facts).getBytes(StandardCharsets.UTF_8);
    }
}
