package org.draftroom.document.render;

import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.text.Superscripts;
import org.draftroom.document.text.UnDates;

/**
 * Renders a document in the seeds' plain layout: one paragraph per line, "*italic*" opening phrases,
 * superscript footnote markers, footnotes listed at the end. The output imports back to the same paragraphs.
 */
public final class PlainTextRenderer {

    private PlainTextRenderer() {
    }

    public static String render(Document d) {
        StringBuilder b = new StringBuilder(64 * 1024);
        for (List<String> group : HeadLinesRenderer.groups(d.metadata())) {
            group.forEach(line -> b.append(line).append('\n'));
            b.append('\n');
        }
        b.append("The General Assembly,\n\n");
        List<String> labels = d.labels();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            if (p.depth() > 0 || p.kind() == ParagraphKind.OPERATIVE) {
                String number = Labeller.printedNumber(labels.get(i), p);
                b.append(p.depth() == 0 ? number + ". " : number + " ");
            }
            if (!p.openingPhrase().isEmpty()) {
                b.append('*').append(escape(p.openingPhrase())).append('*').append(p.separator());
            }
            inline(p.text(), p, b);
            b.append("\n\n");
        }
        Adoption a = d.metadata().adoption();
        if (a != null && a.plenaryMeeting() != null) {
            b.append(a.plenaryMeeting()).append('\n');
            if (a.adoptionDate() != null) {
                b.append(UnDates.format(a.adoptionDate())).append('\n');
            }
            b.append('\n');
        }
        for (Footnote f : d.footnotes()) {
            b.append(Superscripts.of(f.number())).append(' ');
            InlineWalker.walk(f.text(), f.emphasis(), List.of(), sink(b));
            b.append("\n\n");
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
            b.setLength(b.length() - 1);
        }
        return b.append('\n').toString();
    }

    private static void inline(String text, Paragraph p, StringBuilder b) {
        InlineWalker.walk(text, p.emphasis(), p.footnoteRefs(), sink(b));
    }

    private static InlineWalker.Sink sink(StringBuilder b) {
        return new InlineWalker.Sink() {
            @Override
            public void text(String s) {
                b.append(escape(s));
            }

            @Override
            public void open(EmphasisStyle style) {
                b.append(style == EmphasisStyle.BOLD ? "**" : "*");
            }

            @Override
            public void close(EmphasisStyle style) {
                open(style);
            }

            @Override
            public void footnote(int number) {
                b.append(Superscripts.of(number));
            }
        };
    }

    private static String escape(String s) {
        return s.indexOf('*') < 0 ? s : s.replace("*", "\\*");
    }
}
