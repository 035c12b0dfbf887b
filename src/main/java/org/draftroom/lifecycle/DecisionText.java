package org.draftroom.lifecycle;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

import java.util.stream.Collectors;

/**
 * The text of a decision the plenary adopts, kept under its number ("decision 80/512"): the text the
 * secretariat gives as the decision reads in the Official Records, or else the text of the draft
 * decision as it stands, its paragraphs one after another.
 */
public final class DecisionText {
    /** The longest text the secretariat may give (the longest decisions run to a few pages). */
    public static final int MAX = 200_000;

    private DecisionText() {
    }

    public static String of(String given, Document adopted) {
        if (given != null && !given.isBlank()) {
            String text = given.strip().replace("\r\n", "\n");
            if (text.length() > MAX) {
                throw Refusal.unprocessable("decision-text-too-long", "The text of a decision takes at most " + MAX + " characters")
                        .with("field", "decisionText");
            }
            return text;
        }
        String text = adopted.paragraphs().stream().map(Paragraph::fullText).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }
}
