package org.draftroom.agreedlanguage.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of the negotiation status: only the facilitator assigned to the draft marks paragraphs,
 * during consultations (informal, or on the tabled text before action); bracketed paragraphs name
 * the disputed words, which must read in the paragraph; taking a paragraph out of agreement ad
 * referendum (or changing its words in brackets) needs a reason; a status holds only while the
 * paragraph reads as when it was marked.
 */
public final class NegotiationStatusPolicy {
    public static final int MAX_REASON = 1000;
    public static final int MAX_BRACKETS = 20;
    public static final int MAX_BRACKET = 2000;
    private static final Set<Stage> STAGES = Set.of(Stage.CONSULTATIONS, Stage.TABLED);

    private NegotiationStatusPolicy() {
    }

    /** @param facilitator whether the caller has the facilitator's role; {@code assigned} the draft's facilitator */
    public static void mayMark(boolean facilitator, String username, String assigned, Stage stage) {
        if (!facilitator || assigned == null || !assigned.equals(username)) {
            throw Refusal.forbidden("Only the facilitator assigned to this draft" + (assigned == null ? " (none is yet)" : "")
                    + " marks the status of its paragraphs");
        }
        if (!STAGES.contains(stage)) {
            throw Refusal.conflict("not-in-consultations", "Paragraphs are marked during consultations; the draft is "
                    + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).with("stage", stage.name());
        }
    }

    /** The status as it reads now: the one marked while the words are the same, open once they changed. */
    public static ParagraphStatus effective(ParagraphStatus stored, String currentText) {
        if (stored.rowVersion() == 0 || stored.markedText().equals(currentText)) {
            return stored;
        }
        return new ParagraphStatus(stored.paragraphId(), NegotiationStatus.OPEN, List.of(), currentText, stored.markedOn(),
                stored.reason(), stored.changedBy(), stored.rowVersion());
    }

    /** Whether the words changed since the status was given (so a status given then no longer holds). */
    public static boolean wasReset(ParagraphStatus stored, String currentText) {
        return stored.rowVersion() != 0 && stored.status() != NegotiationStatus.OPEN && !stored.markedText().equals(currentText);
    }

    /** Checks a change of status against the status as it reads now; answers the brackets to keep. */
    public static List<String> change(ParagraphStatus now, NegotiationStatus wanted, List<String> brackets, String reason,
                                      String text) {
        List<String> kept = new ArrayList<>();
        if (brackets != null) {
            for (String b : brackets) {
                if (b != null && !b.isBlank()) {
                    kept.add(b.strip());
                }
            }
        }
        if (wanted == NegotiationStatus.BRACKETED) {
            if (kept.isEmpty()) {
                throw Refusal.unprocessable("brackets-required", "A bracketed paragraph names the disputed words ('brackets')");
            }
            if (kept.size() > MAX_BRACKETS) {
                throw Refusal.unprocessable("too-many-brackets", "At most " + MAX_BRACKETS + " bracketed passages per paragraph");
            }
            for (String b : kept) {
                if (b.length() > MAX_BRACKET) {
                    throw Refusal.unprocessable("bracket-too-long", "A bracketed passage holds at most " + MAX_BRACKET + " characters");
                }
                if (!text.contains(b)) {
                    throw Refusal.unprocessable("bracket-not-in-paragraph", "The paragraph does not read \"" + b + "\"");
                }
            }
        } else if (!kept.isEmpty()) {
            throw Refusal.unprocessable("brackets-only-when-bracketed", "Only a bracketed paragraph has words in brackets");
        }
        boolean same = now.status() == wanted && now.brackets().equals(kept);
        if (now.status() == NegotiationStatus.AGREED_AD_REF && !same && (reason == null || reason.isBlank())) {
            throw Refusal.unprocessable("reason-required", "The paragraph is agreed ad referendum: give the reason for changing it");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw Refusal.badRequest("reason-too-long", "The reason holds at most " + MAX_REASON + " characters");
        }
        return kept;
    }

    /** The paragraph as the compilation prints it: each disputed passage in square brackets (its first occurrence). */
    public static String withBrackets(String text, List<String> brackets) {
        String out = text;
        for (String b : brackets) {
            int at = out.indexOf(b);
            if (at >= 0) {
                out = out.substring(0, at) + "[" + b + "]" + out.substring(at + b.length());
            }
        }
        return out;
    }
}
