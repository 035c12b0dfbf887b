package org.draftroom.document.compare;

/**
 * How one footnote differs between two versions: ADDED, REMOVED, CHANGED (its text) or RENUMBERED
 * (the same text under another number, as footnotes are numbered in the order they appear).
 *
 * @param paragraph   the label of the paragraph that cites it (in the later version, else the earlier)
 * @param paragraphId that paragraph's id
 * @param before      its text before, null when ADDED
 * @param after       its text after, null when REMOVED
 */
public record FootnoteDifference(Type type, Integer beforeNumber, Integer afterNumber, String paragraph, String paragraphId,
                                 String before, String after) {

    public enum Type { ADDED, REMOVED, CHANGED, RENUMBERED }
}
