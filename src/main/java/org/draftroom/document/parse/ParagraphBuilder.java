package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;

/** Builds the final {@link Paragraph}: inline text, then the opening phrase split off. */
final class ParagraphBuilder {

    private ParagraphBuilder() {
    }

    static Paragraph build(PendingParagraph p) {
        InlineText inline = InlineParser.parse(p.marked());
        String text = inline.text();
        List<Emphasis> spans = new ArrayList<>(inline.emphasis());
        String phrase = "";
        if (p.depth() == 0) {
            phrase = italicPhrase(text, spans);
            if (phrase == null) {
                phrase = OpeningPhrases.match(text);
            } else {
                spans.remove(0);
            }
        }
        return split(p, phrase, text, spans, inline.refs());
    }

    /** Splits an existing paragraph's full text again at the lexicon's opening phrase (after amendments). */
    static Paragraph resplit(Paragraph p) {
        if (p.depth() > 0) {
            return p;
        }
        int offset = p.textOffset();
        String full = p.fullText();
        List<Emphasis> spans = new ArrayList<>();
        p.emphasis().forEach(e -> spans.add(e.shifted(offset)));
        List<FootnoteRef> refs = new ArrayList<>();
        p.footnoteRefs().forEach(r -> refs.add(r.shifted(offset)));
        String phrase = OpeningPhrases.match(full);
        PendingParagraph pending = new PendingParagraph(p.id(), p.kind(), p.depth(), "");
        return split(pending, phrase, full, spans, refs).withInserted(p.inserted());
    }

    private static String italicPhrase(String text, List<Emphasis> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        Emphasis first = spans.get(0);
        if (first.start() != 0 || first.style() != EmphasisStyle.ITALIC) {
            return null;
        }
        String run = text.substring(0, first.end());
        boolean boundary = first.end() == text.length() || !Character.isLetterOrDigit(text.charAt(first.end()));
        return boundary && ParagraphAssembler.plausiblePhrase(run) ? run.strip() : null;
    }

    private static Paragraph split(PendingParagraph p, String phrase, String text, List<Emphasis> spans,
            List<FootnoteRef> refs) {
        int cut = phrase.length();
        while (cut < text.length() && text.charAt(cut) == ' ') {
            cut++;
        }
        String body = text.substring(cut);
        List<Emphasis> bodySpans = new ArrayList<>();
        for (Emphasis e : spans) {
            int s = Math.max(0, e.start() - cut);
            int t = Math.max(0, e.end() - cut);
            if (t > s) {
                bodySpans.add(new Emphasis(s, t, e.style()));
            }
        }
        List<FootnoteRef> bodyRefs = new ArrayList<>();
        for (FootnoteRef r : refs) {
            bodyRefs.add(new FootnoteRef(Math.max(0, r.offset() - cut), r.number()));
        }
        return new Paragraph(p.id(), p.kind(), p.depth(), phrase, body, bodySpans, bodyRefs, false);
    }
}
