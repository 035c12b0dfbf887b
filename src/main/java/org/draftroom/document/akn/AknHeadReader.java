package org.draftroom.document.akn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Distribution;
import org.draftroom.document.model.DocumentMetadata;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the document's head facts back from {@code <coverPage>}, {@code <preface>} and {@code <conclusions>}. */
final class AknHeadReader {

    private AknHeadReader() {
    }

    static DocumentMetadata read(Element statement, boolean draft) {
        Element cover = Dom.child(statement, "coverPage").orElse(null);
        Element preface = Dom.child(statement, "preface").orElse(null);
        Element conclusions = Dom.child(statement, "conclusions").orElse(null);
        String organ = Dom.text(cover, "organization", null, null).orElse(null);
        String symbol = Dom.text(cover, "docNumber", "class", AknHeadWriter.SYMBOL).orElse(null);
        Distribution distribution = Dom.text(cover, "docStatus", null, null)
                .flatMap(Distribution::fromPrinted).orElse(null);
        LocalDate date = Dom.first(cover, "docDate", null, null).map(AknHeadReader::date).orElse(null);
        String language = Dom.text(cover, "inline", "name", "originalLanguage").orElse(null);
        Integer session = Dom.first(preface, "session", null, null).map(e -> number(e.getAttribute("value"))).orElse(null);
        String committee = Dom.text(preface, "docCommittee", null, null).orElse(null);
        Integer agendaNumber = Dom.text(preface, "inline", "name", "agendaItemNumber").map(AknHeadReader::number)
                .orElse(null);
        String agendaTitle = Dom.text(preface, "inline", "name", "agendaItemTitle").orElse(null);
        String title = Dom.text(preface, "docTitle", null, null).orElse(null);
        List<String> sponsors = Dom.find(preface, "docProponent", null, null).stream().map(Node::getTextContent).toList();
        Adoption adoption = null;
        if (!draft) {
            String resolutionNumber = Dom.text(preface, "docNumber", "class", AknHeadWriter.RESOLUTION_NUMBER)
                    .orElse(null);
            LocalDate adopted = Dom.first(preface, "docDate", "class", AknHeadWriter.ADOPTION_DATE)
                    .or(() -> Dom.first(conclusions, "date", null, null)).map(AknHeadReader::date).orElse(null);
            String report = Dom.text(preface, "inline", "name", "reportSymbol").orElse(null);
            Integer reportParagraph = Dom.text(preface, "inline", "name", "reportParagraph").map(AknHeadReader::number)
                    .orElse(null);
            String meeting = Dom.text(conclusions, "inline", "name", "plenaryMeeting").orElse(null);
            adoption = new Adoption(resolutionNumber, adopted, report, reportParagraph, meeting);
        }
        return new DocumentMetadata(organ, symbol, distribution, date, language, session, committee, agendaNumber,
                agendaTitle, title, draft ? sponsors : List.of(), adoption);
    }

    static LocalDate date(Element e) {
        String value = e.getAttribute("date");
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException ex) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Not a date: \"" + value + "\"");
        }
    }

    static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Not a number: \"" + text + "\"");
        }
    }
}
