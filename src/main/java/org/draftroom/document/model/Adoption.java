package org.draftroom.document.model;

import java.time.LocalDate;

/**
 * Facts printed on an adopted resolution. Fields are null when not printed.
 *
 * @param resolutionNumber "76/186"
 * @param adoptionDate     "Resolution adopted by the General Assembly on 16 December 2021"
 * @param reportSymbol     committee report the resolution was adopted on, "A/76/463"
 * @param reportParagraph  paragraph of that report, 26 (null if not printed)
 * @param plenaryMeeting   "53rd plenary meeting", from the footer at the end of the text
 */
public record Adoption(
        String resolutionNumber,
        LocalDate adoptionDate,
        String reportSymbol,
        Integer reportParagraph,
        String plenaryMeeting) {

    /** "A/RES/76/186" for resolution number "76/186". */
    public String resolutionSymbol() {
        return resolutionNumber == null ? null : "A/RES/" + resolutionNumber;
    }
}
