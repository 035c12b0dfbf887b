package org.draftroom.agreedlanguage.model;

/**
 * One paragraph of an adopted text in the library.
 *
 * @param symbol     "A/RES/76/186"
 * @param resolution "76/186", or null when the text gives no resolution number
 * @param session    76, or null when unknown
 * @param label      the paragraph's label in that text, "PP3", "OP10(a)"
 * @param text       the paragraph's words as adopted (opening phrase and text)
 */
public record SourceParagraph(String symbol, String resolution, Integer session, String label, String text) {

    /** How a negotiator cites it: "76/186 PP3". */
    public String cite() {
        return (resolution != null ? resolution : symbol) + " " + label;
    }
}
