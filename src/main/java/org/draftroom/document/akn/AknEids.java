package org.draftroom.document.akn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;

/**
 * The eId every paragraph of a document gets in its Akoma Ntoso export, by the AKN naming convention:
 * from the paragraph's number as the text cites it. Operative paragraph 8 is {@code para_8}, its
 * sub-paragraph (a) {@code para_8__list_1__point_a}, (a)(ii) {@code para_8__list_1__point_a__list_1__point_ii},
 * an inserted "4 bis" {@code para_4bis}; preambular paragraph 3 is {@code preamble__container_3}, its
 * sub-paragraph (a) {@code preamble__container_3__list_1__item_a} (a blockList is {@code list} in an eId).
 * An eId thus names the paragraph of this version; the paragraph's identity across versions is in
 * {@code wId} ({@link #wId}) and {@code GUID}.
 */
final class AknEids {

    static final String PREAMBULAR = "preamble__container_";
    static final String OPERATIVE = "para_";

    private AknEids() {
    }

    static Map<ParagraphId, String> of(Document d) {
        Map<ParagraphId, String> out = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<Paragraph> ps = d.paragraphs();
        List<String> labels = d.labels();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String eId = fromLabel(labels.get(i), p.kind());
            String unique = eId;
            for (int n = 2; !used.add(unique); n++) {
                unique = eId + "-" + n;
            }
            out.put(p.id(), unique);
        }
        return out;
    }

    /** "OP8(a)(ii)" → {@code para_8__list_1__point_a__list_1__point_ii}; "PP3(b)" → {@code preamble__container_3__list_1__item_b}. */
    static String fromLabel(String label, ParagraphKind kind) {
        boolean operative = kind == ParagraphKind.OPERATIVE;
        String rest = label.startsWith(kind.labelPrefix()) ? label.substring(kind.labelPrefix().length()) : label;
        int open = rest.indexOf('(');
        String top = clean(open < 0 ? rest : rest.substring(0, open));
        StringBuilder eId = new StringBuilder(operative ? OPERATIVE : PREAMBULAR).append(top.isEmpty() ? "0" : top);
        while (open >= 0) {
            int close = rest.indexOf(')', open);
            if (close < 0) {
                break;
            }
            eId.append(operative ? "__list_1__point_" : "__list_1__item_").append(clean(rest.substring(open + 1, close)));
            open = rest.indexOf('(', close);
        }
        return eId.toString();
    }

    /**
     * The work-level identifier: the paragraph's identity, the same in every version whatever its number
     * ({@code para_<id>}, {@code preamble__container_<id>}; {@code point_<id>}, {@code item_<id>} below them).
     */
    static String wId(Paragraph p) {
        boolean operative = p.kind() == ParagraphKind.OPERATIVE;
        String name = p.depth() == 0 ? (operative ? OPERATIVE : PREAMBULAR) : (operative ? "point_" : "item_");
        return name + AknNames.token(p.id());
    }

    /** A number as an eId part: letters and digits kept, '.' as '-', the rest dropped ("4 bis" → "4bis"). */
    static String clean(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c == '.' && b.length() > 0) {
                b.append('-');
            }
        }
        return b.toString();
    }
}
