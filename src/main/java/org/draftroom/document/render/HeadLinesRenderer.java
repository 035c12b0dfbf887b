package org.draftroom.document.render;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.parse.SponsorList;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/** The head of a document as UN-style lines (groups separated by blank lines), shared by the renderers. */
public final class HeadLinesRenderer {

    private HeadLinesRenderer() {
    }

    /** Groups of lines, in the order UN documents print them. */
    public static List<List<String>> groups(DocumentMetadata m) {
        List<List<String>> g = new ArrayList<>();
        add(g, m.organ());
        add(g, m.symbol());
        List<String> distr = new ArrayList<>();
        if (m.distribution() != null) {
            distr.add("Distr.: " + m.distribution().printed());
        }
        if (m.date() != null) {
            distr.add(UnDates.format(m.date()));
        }
        if (!distr.isEmpty()) {
            g.add(distr);
        }
        add(g, m.originalLanguage() == null ? null : "Original: " + m.originalLanguage());
        add(g, m.session() == null ? null : Ordinals.words(m.session()) + " session");
        Adoption a = m.adoption();
        if (a == null) {
            add(g, m.committee());
        }
        add(g, m.agendaItemNumber() == null ? null : "Agenda item " + m.agendaItemNumber());
        add(g, m.agendaItemTitle());
        if (a != null) {
            add(g, a.adoptionDate() == null ? null
                    : "Resolution adopted by the General Assembly on " + UnDates.format(a.adoptionDate()));
            if (a.reportSymbol() != null) {
                String para = a.reportParagraph() == null ? "" : ", para. " + a.reportParagraph();
                add(g, "[on the report of the " + (m.committee() == null ? "Committee" : m.committee()) + " ("
                        + a.reportSymbol() + para + ")]");
            }
            String number = a.resolutionNumber() == null ? "" : a.resolutionNumber() + ". ";
            add(g, m.title() == null ? null : number + m.title());
        } else {
            if (!m.mainSponsors().isEmpty()) {
                add(g, SponsorList.format(m.mainSponsors()) + ": draft resolution");
            }
            add(g, m.title());
        }
        return g;
    }

    private static void add(List<List<String>> groups, String line) {
        if (line != null && !line.isBlank()) {
            groups.add(List.of(line));
        }
    }
}
