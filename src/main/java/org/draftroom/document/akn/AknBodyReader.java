package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.w3c.dom.Element;

/**
 * Reads {@code <preamble>} containers (sub-paragraphs as blockList items) and {@code <mainBody>} paragraphs
 * (sub-paragraphs as list/point) back into paragraphs, restoring each {@link ParagraphId} from {@code GUID}.
 */
final class AknBodyReader {

    private final AknInlineReader inline;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Set<ParagraphId> seen = new HashSet<>();

    AknBodyReader(AknInlineReader inline) {
        this.inline = inline;
    }

    List<Paragraph> read(Element statement) {
        Dom.child(statement, "preamble").ifPresent(pre -> {
            for (Element c : Dom.children(pre, "container")) {
                preambular(c, 0);
            }
        });
        Element body = Dom.child(statement, "mainBody").orElseThrow();
        for (Element p : Dom.children(body, "paragraph")) {
            operative(p, 0);
        }
        return paragraphs;
    }

    /** A preamble container or blockList item: its {@code <p>}, then its blockList items. */
    private void preambular(Element e, int depth) {
        List<Element> ps = Dom.children(e, "p");
        if (ps.isEmpty()) {
            return; // not a paragraph (e.g. a heading container)
        }
        add(e, ps.get(0), ParagraphKind.PREAMBULAR, depth);
        for (Element list : Dom.children(e, "blockList")) {
            for (Element item : Dom.children(list, "item")) {
                preambular(item, depth + 1);
            }
        }
    }

    /** A paragraph or point: {@code <content><p>} or {@code <intro><p>} followed by list/point children. */
    private void operative(Element e, int depth) {
        Element holder = Dom.child(e, "content").or(() -> Dom.child(e, "intro"))
                .or(() -> Dom.child(e, "list").flatMap(list -> Dom.child(list, "intro"))).orElse(null);
        Element p = holder == null ? null : firstP(holder);
        if (p == null) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION,
                    "An operative paragraph (" + describe(e) + ") has no text");
        }
        add(e, p, ParagraphKind.OPERATIVE, depth);
        for (Element list : Dom.children(e, "list")) {
            for (Element point : Dom.children(list, "point")) {
                operative(point, depth + 1);
            }
        }
        for (Element point : Dom.children(e, "point")) {
            operative(point, depth + 1);
        }
    }

    /** The holder's {@code <p>}, or one inside a {@code <blockContainer>} or other wrapper another tool put around it. */
    private static Element firstP(Element holder) {
        return Dom.child(holder, "p").orElseGet(() -> Dom.find(holder, "p", null, null).stream().findFirst().orElse(null));
    }

    private void add(Element e, Element p, ParagraphKind kind, int depth) {
        if (depth > Paragraph.MAX_DEPTH) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Sub-paragraphs are nested deeper than "
                    + Paragraph.MAX_DEPTH + " levels (" + describe(e) + ")");
        }
        ParagraphId id = e.hasAttribute("GUID") && !e.getAttribute("GUID").isBlank()
                ? AknNames.fromGuid(e.getAttribute("GUID")) : ParagraphId.random();
        if (!seen.add(id)) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Two paragraphs share the GUID " + id);
        }
        AknInlineReader.Inline in = inline.paragraph(p);
        boolean inserted = AknBodyWriter.INSERTED.equals(e.getAttribute("class"));
        paragraphs.add(new Paragraph(id, kind, depth, in.openingPhrase(), in.text(), in.emphasis(), in.refs(), inserted));
    }

    private static String describe(Element e) {
        String eId = e.getAttribute("eId");
        return eId.isEmpty() ? "<" + e.getLocalName() + ">" : e.getAttribute("eId");
    }
}
