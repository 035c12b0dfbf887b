package org.draftroom.document.akn;

import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/**
 * Writes {@code <coverPage>} (organ, symbol, distribution, date, original language), {@code <preface>}
 * (session, committee, agenda item, sponsors line or adoption lines, title) and {@code <conclusions>}
 * (plenary meeting and date), each fact in its own marked-up inline so that the reader can take it back.
 */
final class AknHeadWriter {

    static final String SYMBOL = "symbol";
    static final String RESOLUTION_NUMBER = "resolutionNumber";
    static final String ADOPTION_DATE = "adoptionDate";

    private final DocumentMetadata m;
    private final XmlOut x;
    private final AknReferences refs;

    AknHeadWriter(DocumentMetadata m, XmlOut x, AknReferences refs) {
        this.m = m;
        this.x = x;
        this.refs = refs;
    }

    void coverPage() {
        x.open("coverPage");
        x.open("container", "name", "masthead", "eId", "coverPage__container_masthead");
        if (m.organ() != null) {
            x.openMixed("p").inlineText("organization", m.organ(), "refersTo", "#" + refs.organ()).close();
        }
        if (m.symbol() != null) {
            x.openMixed("p").inlineText("docNumber", m.symbol(), "class", SYMBOL).close();
        }
        if (m.distribution() != null) {
            x.openMixed("p").text("Distr.: ").inlineText("docStatus", m.distribution().printed()).close();
        }
        if (m.date() != null) {
            x.openMixed("p").inlineText("docDate", UnDates.format(m.date()), "date", m.date().toString()).close();
        }
        if (m.originalLanguage() != null) {
            x.openMixed("p").text("Original: ")
                    .inlineText("inline", m.originalLanguage(), "name", "originalLanguage").close();
        }
        if (m.organ() == null && m.symbol() == null && m.distribution() == null && m.date() == null
                && m.originalLanguage() == null) {
            x.openMixed("p").close();
        }
        x.close().close();
    }

    void preface() {
        x.open("preface");
        Adoption a = m.adoption();
        if (m.session() != null) {
            container("session");
            String printed = m.session() >= 1 && m.session() <= 99 ? Ordinals.words(m.session()) + " session"
                    : "Session " + m.session();
            x.openMixed("p").inlineText("session", printed, "value", m.session().toString()).close();
            x.close();
        }
        boolean committeeInReport = a != null && a.reportSymbol() != null;
        if (m.committee() != null && !committeeInReport) {
            container("committee");
            x.openMixed("p").inlineText("docCommittee", m.committee()).close();
            x.close();
        }
        if (m.agendaItemNumber() != null || m.agendaItemTitle() != null) {
            container("agendaItem");
            if (m.agendaItemNumber() != null) {
                x.openMixed("p").text("Agenda item ")
                        .inlineText("inline", m.agendaItemNumber().toString(), "name", "agendaItemNumber").close();
            }
            if (m.agendaItemTitle() != null) {
                x.openMixed("p").inlineText("inline", m.agendaItemTitle(), "name", "agendaItemTitle").close();
            }
            x.close();
        }
        if (a == null && !m.mainSponsors().isEmpty()) {
            sponsors(m.mainSponsors());
        }
        if (a != null) {
            adoption(a);
        }
        container("title");
        x.openMixed("p");
        if (a != null && a.resolutionNumber() != null) {
            x.inlineText("docNumber", a.resolutionNumber(), "class", RESOLUTION_NUMBER).text(". ");
        }
        if (m.title() != null) {
            x.inlineText("docTitle", m.title());
        }
        x.close().close();
        x.close();
    }

    void conclusions() {
        Adoption a = m.adoption();
        if (a == null || a.plenaryMeeting() == null) {
            return;
        }
        x.open("conclusions");
        x.open("container", "name", "adoption", "eId", "conclusions__container_adoption");
        x.openMixed("p").inlineText("inline", a.plenaryMeeting(), "name", "plenaryMeeting").close();
        if (a.adoptionDate() != null) {
            x.openMixed("p").inlineText("date", UnDates.format(a.adoptionDate()), "date", a.adoptionDate().toString())
                    .close();
        }
        x.close().close();
    }

    private void sponsors(List<String> names) {
        container("sponsors");
        x.openMixed("p");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                x.text(i == names.size() - 1 ? " and " : ", ");
            }
            x.inlineText("docProponent", names.get(i), "refersTo", "#" + refs.sponsor(names.get(i)));
        }
        x.text(": ").inlineText("docType", "draft resolution");
        x.close().close();
    }

    private void adoption(Adoption a) {
        if (a.adoptionDate() == null && a.reportSymbol() == null) {
            return;
        }
        container("adoption");
        if (a.adoptionDate() != null) {
            x.openMixed("p").text("Resolution adopted by the General Assembly on ")
                    .inlineText("docDate", UnDates.format(a.adoptionDate()), "date", a.adoptionDate().toString(),
                            "class", ADOPTION_DATE)
                    .close();
        }
        if (a.reportSymbol() != null) {
            x.openMixed("p").text("[on the report of the ");
            if (m.committee() != null) {
                x.inlineText("docCommittee", m.committee());
            } else {
                x.text("Committee");
            }
            x.text(" (").inlineText("inline", a.reportSymbol(), "name", "reportSymbol");
            if (a.reportParagraph() != null) {
                x.text(", para. ").inlineText("inline", a.reportParagraph().toString(), "name", "reportParagraph");
            }
            x.text(")]").close();
        }
        x.close();
    }

    private void container(String name) {
        x.open("container", "name", name, "eId", "preface__container_" + name);
    }
}
