package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one operation touches in a given version: words [start, end) of a paragraph's full text, an
 * insertion before or after the words it quotes ([start, end) is the quote), the whole paragraph,
 * its removal (with its sub-paragraphs), its move, or its use as an anchor. Two amendments compete
 * when a footprint of one competes with a footprint of the other.
 */
public record Footprint(ParagraphId paragraph, Effect effect, int start, int end) {

    public enum Effect { WORDS, INSERTS_BEFORE, INSERTS_AFTER, WHOLE, REMOVES, MOVES, ANCHOR }

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
        if (op.type() == OperationType.DELETE_WORDS || (op.type() == OperationType.REPLACE_WORDS && op.text().isEmpty())) {
            // what the deletion removes: the words and the neighbouring space that goes with them
            AmendmentApplication.WordChange removed = AmendmentApplication.deletion(p.id(), p.fullText(), start, end);
            return new Footprint(op.paragraph(), Effect.WORDS, removed.start(), removed.end());
        }
        if (op.type() == OperationType.INSERT_WORDS) {
            return new Footprint(op.paragraph(), op.position() == Position.BEFORE ? Effect.INSERTS_BEFORE : Effect.INSERTS_AFTER, start, end);
        }
        return new Footprint(op.paragraph(), Effect.WORDS, start, end);
    }

    /** Words changed, or words inserted next to quoted ones: [start, end) are words of the text. */
    public boolean onWords() {
        return effect == Effect.WORDS || isInsertion();
    }

    private boolean isInsertion() {
        return effect == Effect.INSERTS_BEFORE || effect == Effect.INSERTS_AFTER;
    }

    /** Its words, or the whole paragraph's text rewritten. */
    private boolean onText() {
        return onWords() || effect == Effect.WHOLE;
    }

    private boolean strictlyInside(int at) {
        return start < at && at < end;
    }

    /** Where an insertion puts its words: before or after the words it quotes. */
    private int point() {
        return effect == Effect.INSERTS_BEFORE ? start : end;
    }

    /**
     * Deleting competes with everything on the paragraph; rewriting it with any change of its words;
     * changed words with words they overlap; an insertion with any change of the words it quotes
     * (without them it has nowhere to go), with another insertion at the same point, and with one
     * that puts words inside the words it quotes.
     */
    public boolean competesWith(Footprint other) {
        if (!paragraph.equals(other.paragraph)) {
            return false;
        }
        if (effect == Effect.REMOVES || other.effect == Effect.REMOVES) {
            return true;
        }
        if (effect == Effect.WHOLE || other.effect == Effect.WHOLE) {
            return onText() && other.onText();
        }
        if (effect == Effect.MOVES && other.effect == Effect.MOVES) {
            return true;
        }
        if (!onWords() || !other.onWords()) {
            return false;
        }
        if (isInsertion() && other.isInsertion()) {
            return point() == other.point() || strictlyInside(other.point()) || other.strictlyInside(point());
        }
        return start < other.end && other.start < end;
    }
}
