package org.draftroom.document.render;

import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.text.UnDates;

/**
 * Renders a document as an HTML fragment: italic opening phrases, numbered operative paragraphs,
 * "(a)" sub-paragraphs, superscript footnote links and a footnote list. Each paragraph carries
 * {@code data-paragraph-id} and {@code data-label}. All text is escaped.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static String render(Document d) {
        return render(d, "fn");
    }

    /** @param anchorPrefix prefix of footnote anchor ids ("fn" gives "fn-1"), to keep ids unique on a page */
    public static String render(Document d, String anchorPrefix) {
        String fn = Html.escape(anchorPrefix);
        StringBuilder b = new StringBuilder(128 * 1024);
        b.append("<article class=\"resolution\"");
        String symbol = d.metadata().effectiveSymbol();
        if (symbol != null) {
            b.append(" data-symbol=\"").append(Html.escape(symbol)).append('"');
        }
        b.append(">\n<header class=\"head\">\n");
        for (List<String> group : HeadLinesRenderer.groups(d.metadata())) {
            b.append("<p>");
            for (int i = 0; i < group.size(); i++) {
                if (i > 0) {
                    b.append("<br>");
                }
                Html.escapeTo(group.get(i), b);
            }
            b.append("</p>\n");
        }
        b.append("</header>\n<p class=\"formula\"><em>The General Assembly</em>,</p>\n");
        List<String> labels = d.labels();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            paragraph(d.paragraphs().get(i), labels.get(i), fn, b);
        }
        Adoption a = d.metadata().adoption();
        if (a != null && a.plenaryMeeting() != null) {
            b.append("<p class=\"adoption\">");
            Html.escapeTo(a.plenaryMeeting(), b);
            if (a.adoptionDate() != null) {
                b.append("<br>").append(UnDates.format(a.adoptionDate()));
            }
            b.append("</p>\n");
        }
        if (!d.footnotes().isEmpty()) {
            b.append("<section class=\"footnotes\">\n<ol>\n");
            for (Footnote f : d.footnotes()) {
                b.append("<li id=\"").append(fn).append('-').append(f.number()).append("\" value=\"")
                        .append(f.number()).append("\">");
                InlineWalker.walk(f.text(), f.emphasis(), List.of(), sink(b, fn));
                b.append("</li>\n");
            }
            b.append("</ol>\n</section>\n");
        }
        return b.append("</article>\n").toString();
    }

    /** One paragraph as a {@code <p>} element. */
    public static String paragraph(Paragraph p, String label) {
        StringBuilder b = new StringBuilder();
        paragraph(p, label, "fn", b);
        return b.toString();
    }

    private static void paragraph(Paragraph p, String label, String fn, StringBuilder b) {
        b.append("<p class=\"paragraph ")
                .append(p.kind() == ParagraphKind.PREAMBULAR ? "preambular" : "operative")
                .append(p.depth() > 0 ? " sub depth-" + p.depth() : "")
                .append(p.inserted() ? " inserted" : "")
                .append("\" data-paragraph-id=\"");
        Html.escapeTo(p.id().value(), b);
        b.append("\" data-label=\"");
        Html.escapeTo(label, b);
        b.append("\">");
        if (p.depth() > 0 || p.kind() == ParagraphKind.OPERATIVE) {
            String number = Labeller.printedNumber(label, p);
            b.append("<span class=\"number\">");
            Html.escapeTo(p.depth() == 0 ? number + "." : number, b);
            b.append("</span> ");
        }
        if (!p.openingPhrase().isEmpty()) {
            b.append("<em class=\"opening-phrase\">");
            Html.escapeTo(p.openingPhrase(), b);
            b.append("</em>").append(p.separator());
        }
        InlineWalker.walk(p.text(), p.emphasis(), p.footnoteRefs(), sink(b, fn));
        b.append("</p>\n");
    }

    private static InlineWalker.Sink sink(StringBuilder b, String fn) {
        return new InlineWalker.Sink() {
            @Override
            public void text(String s) {
                Html.escapeTo(s, b);
            }

            @Override
            public void open(EmphasisStyle style) {
                b.append(style == EmphasisStyle.BOLD ? "<strong>" : "<em>");
            }

            @Override
            public void close(EmphasisStyle style) {
                b.append(style == EmphasisStyle.BOLD ? "</strong>" : "</em>");
            }

            @Override
            public void footnote(int number) {
                b.append("<sup class=\"footnote-ref\"><a href=\"#").append(fn).append('-').append(number)
                        .append("\">").append(number).append("</a></sup>");
            }
        };
    }
}
