package org.draftroom.document.print;

import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.parse.SponsorList;
import org.draftroom.document.render.Html;
import org.draftroom.document.render.HtmlRenderer;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/**
 * A print-ready HTML page of a version in the UN layout: heading block (symbol, organ, distribution, date,
 * session, agenda item, sponsors line, title), the paragraphs, the adoption lines, the footnotes at the end,
 * and CSS paged media ({@code @page}, A4, page numbers from the {@code page}/{@code pages} counters in the
 * page's bottom margin box). Well-formed XHTML, so that XML-based PDF engines can read it too.
 */
public final class PrintHtml {

    public static final String MEDIA_TYPE = "text/html";

    private PrintHtml() {
    }

    public static String render(Document d) {
        DocumentMetadata m = d.metadata();
        String symbol = m.effectiveSymbol();
        StringBuilder b = new StringBuilder(160 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>");
        Html.escapeTo(symbol != null ? symbol : m.title() != null ? m.title() : "Draft resolution", b);
        b.append("</title>\n<style>\n").append(PrintCss.css(symbol)).append("</style>\n</head>\n<body>\n");
        head(m, b);
        b.append("<p class=\"formula\"><em>The General Assembly</em>,</p>\n");
        List<String> labels = d.labels();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            b.append(HtmlRenderer.paragraph(d.paragraphs().get(i), labels.get(i)));
        }
        Adoption a = m.adoption();
        if (a != null && a.plenaryMeeting() != null) {
            b.append("<p class=\"adoption\">");
            Html.escapeTo(a.plenaryMeeting(), b);
            if (a.adoptionDate() != null) {
                b.append("<br/>").append(UnDates.format(a.adoptionDate()));
            }
            b.append("</p>\n");
        }
        if (!d.footnotes().isEmpty()) {
            b.append("<section class=\"footnotes\">\n<ol>\n");
            for (Footnote f : d.footnotes()) {
                b.append("<li id=\"fn-").append(f.number()).append("\" value=\"").append(f.number()).append("\">");
                emphasised(f.text(), f.emphasis(), b);
                b.append("</li>\n");
            }
            b.append("</ol>\n</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void head(DocumentMetadata m, StringBuilder b) {
        b.append("<header class=\"un-head\">\n<div class=\"masthead\">");
        cell("organ", m.organ(), b);
        cell("symbol", m.symbol(), b);
        b.append("</div>\n<div class=\"distribution\">");
        cell("distr", m.distribution() == null ? null : "Distr.: " + m.distribution().printed(), b);
        cell("date", m.date() == null ? null : UnDates.format(m.date()), b);
        cell("language", m.originalLanguage() == null ? null : "Original: " + m.originalLanguage(), b);
        b.append("</div>\n<div class=\"session\">");
        cell("session", m.session() == null || m.session() < 1 || m.session() > 99 ? null
                : Ordinals.words(m.session()) + " session", b);
        Adoption a = m.adoption();
        cell("committee", a == null ? m.committee() : null, b);
        cell("agenda-item", m.agendaItemNumber() == null ? null : "Agenda item " + m.agendaItemNumber(), b);
        cell("agenda-title", m.agendaItemTitle(), b);
        b.append("</div>\n");
        if (a != null) {
            cell("adopted", a.adoptionDate() == null ? null
                    : "Resolution adopted by the General Assembly on " + UnDates.format(a.adoptionDate()), b);
            cell("report", a.reportSymbol() == null ? null : "[on the report of the "
                    + (m.committee() == null ? "Committee" : m.committee()) + " (" + a.reportSymbol()
                    + (a.reportParagraph() == null ? "" : ", para. " + a.reportParagraph()) + ")]", b);
        } else if (!m.mainSponsors().isEmpty()) {
            cell("sponsors", SponsorList.format(m.mainSponsors()) + ": draft resolution", b);
        }
        String number = a == null || a.resolutionNumber() == null ? "" : a.resolutionNumber() + ". ";
        if (m.title() != null) {
            b.append("<h1 class=\"title\">");
            Html.escapeTo(number + m.title(), b);
            b.append("</h1>\n");
        }
        b.append("</header>\n");
    }

    private static void cell(String cls, String text, StringBuilder b) {
        if (text != null && !text.isBlank()) {
            b.append("<p class=\"").append(cls).append("\">");
            Html.escapeTo(text, b);
            b.append("</p>");
        }
    }

    private static void emphasised(String text, List<Emphasis> spans, StringBuilder b) {
        int pos = 0;
        for (Emphasis e : spans) {
            if (e.start() < pos || e.end() > text.length()) {
                continue;
            }
            Html.escapeTo(text.substring(pos, e.start()), b);
            String tag = e.style() == EmphasisStyle.BOLD ? "strong" : "em";
            b.append('<').append(tag).append('>');
            Html.escapeTo(text.substring(e.start(), e.end()), b);
            b.append("</").append(tag).append('>');
            pos = e.end();
        }
        Html.escapeTo(text.substring(pos), b);
    }
}
