package org.draftroom.document.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the head of a UN document says. Fields that are not printed are null (lists are empty).
 *
 * @param organ            "General Assembly"
 * @param symbol           document symbol where printed ("A/RES/74/176", "A/C.3/74/L.16"), else null
 * @param distribution     General / Limited
 * @param date             date of issue under the "Distr." line
 * @param originalLanguage "English" from "Original: English"
 * @param session          session number, "Seventy-fourth session" gives 74
 * @param committee        "Third Committee" (drafts: from the head; resolutions: from the report line)
 * @param agendaItemNumber 108 from "Agenda item 108"
 * @param agendaItemTitle  "Crime prevention and criminal justice"
 * @param title            the resolution's title, without resolution number
 * @param mainSponsors     exact names of the main sponsors of a draft, in printed order
 * @param adoption         adoption facts for adopted resolutions, else null
 */
public record DocumentMetadata(
        String organ,
        String symbol,
        Distribution distribution,
        LocalDate date,
        String originalLanguage,
        Integer session,
        String committee,
        Integer agendaItemNumber,
        String agendaItemTitle,
        String title,
        List<String> mainSponsors,
        Adoption adoption) {

    public DocumentMetadata {
        mainSponsors = mainSponsors == null ? List.of() : List.copyOf(mainSponsors);
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    public boolean isAdoptedResolution() {
        return adoption != null;
    }

    public boolean isDraft() {
        return adoption == null;
    }

    /** The printed symbol, or for adopted resolutions the symbol derived from the number ("A/RES/76/186"). */
    public String effectiveSymbol() {
        if (symbol != null) {
            return symbol;
        }
        return adoption == null ? null : adoption.resolutionSymbol();
    }

    public DocumentMetadata withTitle(String newTitle) {
        return new DocumentMetadata(organ, symbol, distribution, date, originalLanguage, session, committee,
                agendaItemNumber, agendaItemTitle, newTitle, mainSponsors, adoption);
    }

    public DocumentMetadata withSymbol(String newSymbol) {
        return new DocumentMetadata(organ, newSymbol, distribution, date, originalLanguage, session, committee,
                agendaItemNumber, agendaItemTitle, title, mainSponsors, adoption);
    }
}
