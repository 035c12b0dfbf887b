package org.draftroom.document.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One decision of the record on a draft, as its documents report it: what was voted on (the draft, an
 * amendment, a division, a motion, the plenary's decision), who proposed it ("Egypt, on behalf of the
 * Group of African States"), when and in which meeting, the outcome and, for a recorded vote, who voted
 * how (names as of the day of the vote, in English alphabetical order).
 *
 * @param kind        "draft", "amendment", "division", "motion" or "plenary"
 * @param subject     what was voted on as the record names it ("A/C.3/80/L.61", "amendment 3", "OP5", "A/C.3/80/L.20")
 * @param proposer    the proposing State and the group it spoke for, or null
 * @param date        the day of the decision, or null when the record has none
 * @param meeting     "45th meeting", "53rd plenary meeting", or null
 * @param adopted     whether the proposal was adopted (or the paragraph retained)
 * @param recorded    true for a recorded vote, false for a decision without a vote
 */
public record VoteRecord(String kind, String subject, String proposer, LocalDate date, String meeting, boolean adopted,
                         boolean recorded, int inFavourCount, int againstCount, int abstainingCount,
                         List<String> inFavour, List<String> against, List<String> abstaining) {

    public VoteRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        inFavour = inFavour == null ? List.of() : List.copyOf(inFavour);
        against = against == null ? List.of() : List.copyOf(against);
        abstaining = abstaining == null ? List.of() : List.copyOf(abstaining);
        if (inFavourCount < 0 || againstCount < 0 || abstainingCount < 0) {
            throw new IllegalArgumentException("vote counts must not be negative");
        }
    }

    /** "the amendment A/C.3/80/L.61 (Egypt, on behalf of the Group of African States)", "draft resolution A/C.3/80/L.20". */
    public String described() {
        String what = switch (kind) {
            case "amendment" -> subject.startsWith("amendment ") ? subject : "the amendment " + subject;
            case "division" -> "paragraph " + subject + " (division)";
            case "motion" -> "the " + subject + " motion";
            case "plenary" -> "the draft resolution " + subject + " in plenary";
            default -> "the draft resolution " + subject;
        };
        return proposer == null ? what : what + ", proposed by " + proposer;
    }

    /** "adopted by a recorded vote of 120 to 10, with 30 abstentions", "adopted without a vote". */
    public String outcome() {
        String verb = "division".equals(kind) ? (adopted ? "retained" : "deleted") : (adopted ? "adopted" : "rejected");
        if (!recorded) {
            return verb + " without a vote";
        }
        return verb + " by a recorded vote of " + inFavourCount + " to " + againstCount + ", with " + abstainingCount
                + (abstainingCount == 1 ? " abstention" : " abstentions");
    }

    /** The States of one list as printed: "Afghanistan, Albania, …", or "None". */
    public static String printed(List<String> names) {
        return names.isEmpty() ? "None" : String.join(", ", names);
    }
}
