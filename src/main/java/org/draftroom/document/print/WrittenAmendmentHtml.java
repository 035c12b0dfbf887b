package org.draftroom.document.print;

import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.render.Html;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/**
 * A written amendment as a print-ready page: the head block (symbol, organ, distribution, date, session,
 * Committee, agenda item), "States: amendment to draft resolution A/C.3/80/L.20", the draft's title, then
 * each paragraph's heading with its instructions. All text escaped.
 */
public final class WrittenAmendmentHtml {

    private WrittenAmendmentHtml() {
    }

    public static String render(WrittenAmendment a) {
        DocumentMetadata m = a.draft();
        String symbol = a.symbol() != null ? a.symbol() : a.reference();
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
        Html.escapeTo(symbol, b);
        b.append("</title>\n<style>\n").append(PrintCss.css(symbol)).append("</style>\n</head>\n<body>\n<header class=\"head\">\n");
        line(b, "symbol", symbol);
        line(b, "organ", m.organ() != null ? m.organ() : "General Assembly");
        line(b, "distribution", "Distr.: Limited");
        if (a.date() != null) {
            line(b, "date", UnDates.format(a.date()));
        }
        line(b, "language", "Original: English");
        if (m.session() != null && m.session() >= 1 && m.session() <= 99) {
            line(b, "session", Ordinals.words(m.session()) + " session");
        }
        if (m.committee() != null) {
            line(b, "committee", m.committee());
        }
        if (m.agendaItemNumber() != null) {
            line(b, "agenda", "Agenda item " + m.agendaItemNumber());
        }
        if (m.agendaItemTitle() != null) {
            line(b, "agenda-title", m.agendaItemTitle());
        }
        b.append("</header>\n");
        line(b, "sponsors", a.heading());
        if (m.title() != null) {
            b.append("<h1 class=\"title\">");
            Html.escapeTo(m.title(), b);
            b.append("</h1>\n");
        }
        for (WrittenAmendment.Instruction i : a.instructions()) {
            b.append("<section class=\"instruction\">\n<h2>");
            Html.escapeTo(i.paragraph(), b);
            b.append("</h2>\n");
            for (String action : i.actions()) {
                line(b, "action", action);
            }
            b.append("</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void line(StringBuilder b, String cls, String text) {
        b.append("<p class=\"").append(cls).append("\">");
        Html.escapeTo(text, b);
        b.append("</p>\n");
    }
}
