package org.draftroom.document.akn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;

/** The eId every paragraph of a document gets in its Akoma Ntoso export (same rules as the body writer). */
final class AknEids {

    private AknEids() {
    }

    static Map<ParagraphId, String> of(Document d) {
        Map<ParagraphId, String> out = new HashMap<>();
        List<Paragraph> ps = d.paragraphs();
        String[] parents = new String[Paragraph.MAX_DEPTH + 1];
        for (Paragraph p : ps) {
            boolean operative = p.kind() == ParagraphKind.OPERATIVE;
            String parent = p.depth() == 0 ? null : parents[p.depth() - 1];
            String eId = parent == null
                    ? (operative ? AknNames.operative(p.id()) : AknNames.preambular(p.id()))
                    : AknNames.sub(parent, p.id(), operative);
            parents[p.depth()] = eId;
            out.put(p.id(), eId);
        }
        return out;
    }
}
