package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one operation touches in a given version: words [start, end) of a paragraph's full text
 * (an insertion is an empty range), the whole paragraph, its removal (with its sub-paragraphs), its
 * move, or its use as an anchor. Two amendments compete when a footprint of one competes with a
 * footprint of the other.
 */
public record Footprint(ParagraphId paragraph, Effect effect, int start, int end) {

    public enum Effect { WORDS, WHOLE, REMOVES, MOVES, ANCHOR }

    /** The footprints of one operation in {@code document}; a quote no longer found counts as the whole paragraph. */
    public static List<Footprint> of(Document document, Operation op) {
        List<Footprint> out = new ArrayList<>(2);
        switch (op.type()) {
            case REPLACE_WORDS, DELETE_WORDS, INSERT_WORDS -> out.add(words(document, op));
            case REPLACE_PARAGRAPH -> out.add(new Footprint(op.paragraph(), Effect.WHOLE, 0, 0));
            case DELETE_PARAGRAPH -> {
                int i = document.indexOf(op.paragraph());
                if (i < 0) {
                    out.add(new Footprint(op.paragraph(), Effect.REMOVES, 0, 0));
                } else {
                    for (Paragraph p : document.paragraphs().subList(i, document.subtreeEnd(i))) {
                        out.add(new Footprint(p.id(), Effect.REMOVES, 0, 0));
                    }
                }
            }
            case INSERT_PARAGRAPH -> out.add(new Footprint(op.paragraph(), Effect.ANCHOR, 0, 0));
            case MOVE_PARAGRAPH -> {
                out.add(new Footprint(op.paragraph(), Effect.MOVES, 0, 0));
                out.add(new Footprint(op.anchor(), Effect.ANCHOR, 0, 0));
            }
            default -> throw new IllegalStateException(op.type().name());
        }
        return out;
    }

    private static Footprint words(Document document, Operation op) {
        Paragraph p = document.paragraph(op.paragraph()).orElse(null);
        if (p == null) {
            return new Footprint(op.paragraph(), Effect.WHOLE, 0, 0);
        }
        OptionalInt at = p.findOccurrence(op.quote(), op.occurrence());
        if (at.isEmpty()) {
            return new Footprint(op.paragraph(), Effect.WORDS, 0, p.fullText().length());
        }
        int start = at.getAsInt();
        int end = start + op.quote().length();
        if (op.type() == OperationType.INSERT_WORDS) {
            int point = op.position() == Position.BEFORE ? start : end;
            return new Footprint(op.paragraph(), Effect.WORDS, point, point);
        }
        return new Footprint(op.paragraph(), Effect.WORDS, start, end);
    }

    /** Deleting competes with everything on the paragraph; rewriting it with any change of its words. */
    public boolean competesWith(Footprint other) {
        if (!paragraph.equals(other.paragraph)) {
            return false;
        }
        if (effect == Effect.REMOVES || other.effect == Effect.REMOVES) {
            return true;
        }
        if (effect == Effect.WHOLE || other.effect == Effect.WHOLE) {
            return isText(effect) && isText(other.effect);
        }
        if (effect == Effect.MOVES && other.effect == Effect.MOVES) {
            return true;
        }
        return effect == Effect.WORDS && other.effect == Effect.WORDS && wordsOverlap(other);
    }

    private static boolean isText(Effect e) {
        return e == Effect.WORDS || e == Effect.WHOLE;
    }

    /** Ranges overlap; an insertion point competes inside a range or at the same point as another insertion. */
    private boolean wordsOverlap(Footprint o) {
        boolean point = start == end;
        boolean otherPoint = o.start == o.end;
        if (point && otherPoint) {
            return start == o.start;
        }
        if (point) {
            return o.start < start && start < o.end;
        }
        if (otherPoint) {
            return start < o.start && o.start < end;
        }
        return start < o.end && o.start < end;
    }
}
