package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.render.InlineWalker;

/**
 * Writes {@code <preamble>} (one container per preambular paragraph, sub-paragraphs as blockList items) and
 * {@code <mainBody>} (one paragraph per operative paragraph, sub-paragraphs as list/point), with footnotes as
 * {@code <authorialNote>} at their first marker and {@code <noteRef>} at any later one.
 */
final class AknBodyWriter {

    static final String OPENING_PHRASE = "openingPhrase";
    static final String INSERTED = "inserted";

    private final Document d;
    private final XmlOut x;
    private final List<String> labels;
    private final Map<ParagraphId, String> eIds;
    private final Map<Integer, Footnote> footnotes = new HashMap<>();
    /** eId of the authorialNote already written for a footnote number. */
    private final Map<Integer, String> written = new HashMap<>();

    AknBodyWriter(Document d, XmlOut x) {
        this.d = d;
        this.x = x;
        this.labels = d.labels();
        this.eIds = AknEids.of(d);
        d.footnotes().forEach(f -> footnotes.put(f.number(), f));
    }

    void write() {
        x.open("preamble");
        x.open("formula", "name", "enactingFormula").openMixed("p").text("The General Assembly,").close().close();
        eachTopLevel(ParagraphKind.PREAMBULAR, i -> preambular(i));
        x.close();
        x.open("mainBody");
        eachTopLevel(ParagraphKind.OPERATIVE, i -> operative(i));
        x.close();
    }

    /** Footnote numbers that were written at a marker (the rest go to the meta notes). */
    java.util.Set<Integer> referencedFootnotes() {
        return written.keySet();
    }

    private void eachTopLevel(ParagraphKind kind, java.util.function.IntConsumer action) {
        List<Paragraph> ps = d.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (isRoot(i) && p.kind() == kind) {
                action.accept(i);
            }
        }
    }

    /** A top-level paragraph, or a sub-paragraph with no paragraph above it to belong to. */
    private boolean isRoot(int i) {
        int depth = d.paragraphs().get(i).depth();
        for (int j = 0; j < i; j++) {
            if (d.paragraphs().get(j).depth() < depth) {
                return false;
            }
        }
        return true;
    }

    private void preambular(int i) {
        Paragraph p = d.paragraphs().get(i);
        String eId = eIds.get(p.id());
        x.open("container", "name", "preambularParagraph", "eId", eId, "wId", AknEids.wId(p), "GUID",
                AknNames.guid(p.id()), "class", p.inserted() ? INSERTED : null);
        paragraphText(p, eId);
        blockList(i, eId);
        x.close();
    }

    private void blockList(int i, String parentEid) {
        List<Integer> children = children(i);
        if (children.isEmpty()) {
            return;
        }
        x.open("blockList", "eId", parentEid + "__list_1");
        for (int c : children) {
            Paragraph p = d.paragraphs().get(c);
            String eId = eIds.get(p.id());
            x.open("item", "eId", eId, "wId", AknEids.wId(p), "GUID", AknNames.guid(p.id()),
                    "class", p.inserted() ? INSERTED : null);
            x.openMixed("num").text(Labeller.printedNumber(labels.get(c), p)).close();
            paragraphText(p, eId);
            blockList(c, eId);
            x.close();
        }
        x.close();
    }

    private void operative(int i) {
        Paragraph p = d.paragraphs().get(i);
        hierarchy("paragraph", i, eIds.get(p.id()));
    }

    private void hierarchy(String element, int i, String eId) {
        Paragraph p = d.paragraphs().get(i);
        x.open(element, "eId", eId, "wId", AknEids.wId(p), "GUID", AknNames.guid(p.id()),
                "class", p.inserted() ? INSERTED : null);
        String number = Labeller.printedNumber(labels.get(i), p);
        x.openMixed("num").text(p.depth() == 0 ? number + "." : number).close();
        List<Integer> children = children(i);
        if (children.isEmpty()) {
            x.open("content");
            paragraphText(p, eId);
            x.close();
        } else {
            x.open("intro");
            paragraphText(p, eId);
            x.close();
            x.open("list", "eId", eId + "__list_1");
            for (int c : children) {
                hierarchy("point", c, eIds.get(d.paragraphs().get(c).id()));
            }
            x.close();
        }
        x.close();
    }

    private List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        int depth = d.paragraphs().get(i).depth();
        int end = d.subtreeEnd(i);
        for (int j = i + 1; j < end; j++) {
            if (d.paragraphs().get(j).depth() == depth + 1) {
                out.add(j);
            }
        }
        return out;
    }

    private void paragraphText(Paragraph p, String eId) {
        x.openMixed("p");
        if (!p.openingPhrase().isEmpty()) {
            x.inlineText("i", p.openingPhrase(), "class", OPENING_PHRASE);
            x.text(p.separator());
        }
        int[] noteCount = {0};
        inline(p.text(), p.emphasis(), p.footnoteRefs(), number -> note(number, eId, ++noteCount[0]));
        x.close();
    }

    private void note(int number, String parentEid, int ordinal) {
        String first = written.get(number);
        Footnote f = footnotes.get(number);
        if (first != null || f == null) {
            x.inline("noteRef", "href", "#" + (first == null ? "missing_" + number : first), "marker",
                    String.valueOf(number)).close();
            return;
        }
        String eId = parentEid + "__authorialNote_" + ordinal;
        written.put(number, eId);
        x.inline("authorialNote", "eId", eId, "marker", String.valueOf(number), "placement", "bottom");
        footnoteText(f);
        x.close();
    }

    /** The footnote's text as a {@code <p>} with its emphasis. */
    void footnoteText(Footnote f) {
        x.openMixed("p");
        inline(f.text(), f.emphasis(), List.of(), n -> { });
        x.close();
    }

    /**
     * Text with properly nested {@code <i>}/{@code <b>} runs, walked by {@link InlineWalker}: each piece of text
     * is wrapped in the styles that cover it, citations of other documents become {@code <ref>}.
     */
    private void inline(String text, List<Emphasis> spans, List<FootnoteRef> refs,
            java.util.function.IntConsumer marker) {
        InlineWalker.walk(text, spans, refs, new AknInline(x, CitedDocuments.in(text), marker));
    }
}
