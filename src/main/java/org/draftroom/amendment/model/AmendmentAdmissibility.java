package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Whether a proposed amendment can be received against a version of the text: each rule a named
 * method that a test can call alone, each refusal a 422 that says what is wrong.
 */
public final class AmendmentAdmissibility {
    public static final int MAX_OPERATIONS = 50;
    public static final int MAX_QUOTE = 1_000;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_JUSTIFICATION = 2_000;
    /** A paragraph is named by a label ("OP24 bis", "PP9(c)") or an id: never more than this. */
    public static final int MAX_PARAGRAPH_REFERENCE = 64;

    private AmendmentAdmissibility() {
    }

    /** Checks every operation against {@code document} and answers them anchored to it. */
    public static List<Operation> admit(Document document, List<ProposedOperation> proposed) {
        operationsMustBeGiven(proposed);
        List<Operation> admitted = new ArrayList<>(proposed.size());
        for (ProposedOperation p : proposed) {
            admitted.add(admitOne(document, p));
        }
        operationsMustNotOverlap(document, admitted);
        return admitted;
    }

    public static void operationsMustBeGiven(List<ProposedOperation> proposed) {
        if (proposed == null || proposed.isEmpty()) {
            throw Refusal.unprocessable("no-operations", "An amendment needs at least one operation");
        }
        if (proposed.size() > MAX_OPERATIONS) {
            throw Refusal.unprocessable("too-many-operations",
                    "An amendment holds at most " + MAX_OPERATIONS + " operations, not " + proposed.size());
        }
    }

    public static void justificationMustBeShortAndClean(String justification) {
        textMustBeClean("justification", justification, MAX_JUSTIFICATION);
    }

    /** No control characters (line breaks included) and no more than {@code max} characters. */
    public static void textMustBeClean(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw Refusal.unprocessable("text-too-long", field + " has " + value.length() + " characters; at most " + max
                    + " are accepted").with("field", field);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw Refusal.unprocessable("control-character", field + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + i).with("field", field);
            }
        }
    }

    /**
     * An unknown label or id is refused naming it. A reference too long to be a label, or holding
     * a control character, is refused as such, and is not echoed.
     */
    public static Paragraph paragraphMustExist(Document document, String reference) {
        if (reference == null || reference.isBlank()) {
            throw Refusal.unprocessable("paragraph-missing", "Each operation names its paragraph (\"OP5\" or an id)");
        }
        textMustBeClean("paragraph", reference, MAX_PARAGRAPH_REFERENCE);
        return document.paragraph(ParagraphId.of(reference.strip()))
                .or(() -> document.byLabel(reference))
                .orElseThrow(() -> Refusal.unprocessable("unknown-paragraph", "There is no paragraph " + reference
                        + " in this version of the draft").with("paragraph", reference));
    }

    /**
     * The quote must be found in that paragraph of that version, and when it appears more than once
     * the occurrence must be given. Answers the occurrence (1-based).
     */
    public static int quotedTextMustExist(Paragraph paragraph, String label, String quote, Integer occurrence) {
        if (quote == null || quote.isEmpty()) {
            throw Refusal.unprocessable("quote-missing", "An operation on words of " + label + " quotes them exactly")
                    .with("paragraph", label);
        }
        textMustBeClean("quote", quote, MAX_QUOTE);
        int count = paragraph.countOccurrences(quote);
        if (count == 0) {
            throw Refusal.unprocessable("quote-not-found", "\"" + quote + "\" does not appear in " + label)
                    .with("paragraph", label).with("quote", quote);
        }
        if (occurrence == null) {
            if (count > 1) {
                throw Refusal.unprocessable("ambiguous-quote", "\"" + quote + "\" appears " + count + " times in " + label
                        + "; say which occurrence").with("paragraph", label).with("quote", quote).with("occurrences", count);
            }
            return 1;
        }
        if (occurrence < 1 || occurrence > count) {
            throw Refusal.unprocessable("quote-not-found", "\"" + quote + "\" appears " + count + " time" + (count == 1 ? "" : "s")
                    + " in " + label + ", so there is no occurrence " + occurrence)
                    .with("paragraph", label).with("quote", quote).with("occurrences", count);
        }
        return occurrence;
    }

    /** Replacing words by the same words, or a paragraph by its own text, changes nothing. */
    public static void operationMustChangeSomething(Operation op, Paragraph target) {
        boolean noOp = switch (op.type()) {
            case REPLACE_WORDS -> op.quote().equals(op.text());
            case REPLACE_PARAGRAPH -> target.text().equals(op.text())
                    && (op.openingPhrase() == null || op.openingPhrase().equals(target.openingPhrase()));
            case MOVE_PARAGRAPH -> op.anchor().equals(op.paragraph());
            default -> false;
        };
        if (noOp) {
            throw Refusal.unprocessable("no-op", op.type() + " on " + op.label() + " changes nothing").with("paragraph", op.label());
        }
    }

    /** Moving a paragraph to where it already stands ("OP3 after OP2") changes nothing. */
    public static void moveMustChangeTheOrder(Document document, Operation move) {
        Document moved = move.position() == Position.BEFORE ? document.moveBefore(move.paragraph(), move.anchor())
                : document.moveAfter(move.paragraph(), move.anchor());
        if (moved.paragraphs().equals(document.paragraphs())) {
            String where = move.position().name().toLowerCase(Locale.ROOT) + " " + document.labelOf(move.anchor());
            throw Refusal.unprocessable("no-op", "MOVE_PARAGRAPH of " + move.label() + " " + where
                    + " changes nothing: it already stands there").with("paragraph", move.label());
        }
    }

    /**
     * An inserted or moved paragraph must leave a text that still reads as one: the preamble before
     * the operative part, each sub-paragraph under a paragraph of its kind, and every other
     * paragraph under the same paragraph as before (a paragraph put after PP9(c) must not take over
     * PP9(d) to PP9(f) as its own sub-paragraphs).
     */
    public static void paragraphMustFitWhereItGoes(Document document, Operation op) {
        boolean insert = op.type() == OperationType.INSERT_PARAGRAPH;
        ParagraphId placed = insert ? op.newParagraph() : op.paragraph();
        String what = insert ? "The new paragraph " + op.position().name().toLowerCase(Locale.ROOT) + " " + op.label()
                : op.label() + " " + op.position().name().toLowerCase(Locale.ROOT) + " " + document.labelOf(op.anchor());
        Document after = AmendmentApplication.apply(document, List.of(op));
        List<Paragraph> ps = after.paragraphs();
        Map<ParagraphId, ParagraphId> parentsBefore = parents(document.paragraphs());
        Map<ParagraphId, ParagraphId> parentsAfter = parents(ps);
        boolean operative = false;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.kind() == ParagraphKind.OPERATIVE) {
                operative = true;
            } else if (operative) {
                throw misplaced(op, what + " would put " + (after.require(placed).kind() == ParagraphKind.OPERATIVE
                        ? "an operative paragraph among the preambular ones" : "a preambular paragraph among the operative ones"));
            }
            if (p.depth() > (i == 0 ? 0 : ps.get(i - 1).depth() + 1)) {
                throw misplaced(op, what + " would leave a sub-paragraph without a paragraph above it");
            }
            ParagraphId parent = parentsAfter.get(p.id());
            if (parent != null && after.require(parent).kind() != p.kind()) {
                throw misplaced(op, what + " would put a sub-paragraph under a paragraph of the other kind");
            }
            if (!p.id().equals(placed) && !Objects.equals(parent, parentsBefore.get(p.id()))) {
                String taker = parent == null ? "no paragraph" : !parent.equals(placed) ? after.labelOf(parent)
                        : insert ? "the new paragraph" : op.label();
                throw misplaced(op, what + " would make " + document.labelOf(p.id()) + " a sub-paragraph of " + taker);
            }
        }
    }

    /** Each paragraph's parent: the nearest paragraph above it with a smaller depth (none at depth 0). */
    private static Map<ParagraphId, ParagraphId> parents(List<Paragraph> paragraphs) {
        Map<ParagraphId, ParagraphId> out = new HashMap<>();
        ParagraphId[] above = new ParagraphId[Paragraph.MAX_DEPTH + 1];
        for (Paragraph p : paragraphs) {
            out.put(p.id(), p.depth() == 0 ? null : above[p.depth() - 1]);
            above[p.depth()] = p.id();
        }
        return out;
    }

    private static Refusal misplaced(Operation op, String detail) {
        return Refusal.unprocessable("misplaced-paragraph", detail).with("paragraph", op.label());
    }

    /** Two operations of one amendment may not touch the same words. */
    public static void operationsMustNotOverlap(Document document, List<Operation> operations) {
        List<Footprint> seen = new ArrayList<>();
        for (Operation op : operations) {
            List<Footprint> mine = Footprint.of(document, op);
            for (Footprint f : mine) {
                for (Footprint other : seen) {
                    if (f.competesWith(other)) {
                        throw Refusal.unprocessable("overlapping-operations", "Two operations of this amendment touch the same text of "
                                + op.label()).with("paragraph", op.label());
                    }
                }
            }
            seen.addAll(mine);
        }
    }

    private static Operation admitOne(Document document, ProposedOperation p) {
        OperationType type = type(p.type());
        Paragraph target = paragraphMustExist(document, p.paragraph());
        String label = document.labelOf(target.id());
        textMustBeClean("text", p.text(), MAX_TEXT);
        textMustBeClean("openingPhrase", p.openingPhrase(), MAX_QUOTE);
        Operation op = switch (type) {
            case REPLACE_WORDS -> {
                int n = quotedTextMustExist(target, label, p.quote(), p.occurrence());
                yield new Operation(type, target.id(), p.quote(), n, null, requireText(p.text(), label, true), null, null, null, null, label);
            }
            case DELETE_WORDS -> {
                int n = quotedTextMustExist(target, label, p.quote(), p.occurrence());
                yield new Operation(type, target.id(), p.quote(), n, null, null, null, null, null, null, label);
            }
            case INSERT_WORDS -> {
                if ((p.before() == null) == (p.after() == null)) {
                    throw Refusal.unprocessable("insert-where", "INSERT_WORDS in " + label + " gives exactly one of 'before' or 'after'")
                            .with("paragraph", label);
                }
                String quote = p.before() != null ? p.before() : p.after();
                int n = quotedTextMustExist(target, label, quote, p.occurrence());
                yield new Operation(type, target.id(), quote, n, p.before() != null ? Position.BEFORE : Position.AFTER,
                        requireText(p.text(), label, false), null, null, null, null, label);
            }
            case REPLACE_PARAGRAPH -> new Operation(type, target.id(), null, 0, null, requireText(p.text(), label, false),
                    p.openingPhrase() == null ? null : p.openingPhrase().strip(), null, null, null, label);
            case DELETE_PARAGRAPH -> new Operation(type, target.id(), null, 0, null, null, null, null, null, null, label);
            case INSERT_PARAGRAPH -> new Operation(type, target.id(), null, 0, position(p.position()), requireText(p.text(), label, false),
                    p.openingPhrase() == null ? "" : p.openingPhrase().strip(), kind(p.kind(), target.kind()), null,
                    ParagraphId.random(), label);
            case MOVE_PARAGRAPH -> {
                Paragraph anchor = paragraphMustExist(document, p.anchor());
                int from = document.indexOf(target.id());
                int anchorAt = document.indexOf(anchor.id());
                if (anchorAt > from && anchorAt < document.subtreeEnd(from)) {
                    throw Refusal.unprocessable("move-into-itself", label + " cannot move next to its own sub-paragraph")
                            .with("paragraph", label);
                }
                Operation move = new Operation(type, target.id(), null, 0, position(p.position()), null, null, null, anchor.id(),
                        null, label);
                moveMustChangeTheOrder(document, move);
                yield move;
            }
        };
        operationMustChangeSomething(op, target);
        if (type == OperationType.INSERT_PARAGRAPH || type == OperationType.MOVE_PARAGRAPH) {
            paragraphMustFitWhereItGoes(document, op);
        }
        return op;
    }

    private static String requireText(String text, String label, boolean mayBeEmpty) {
        if (text == null || (!mayBeEmpty && text.isBlank())) {
            throw Refusal.unprocessable("text-missing", "The operation on " + label + " needs the new text").with("paragraph", label);
        }
        return text;
    }

    private static OperationType type(String type) {
        try {
            return OperationType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.unprocessable("unknown-operation", "Operation type must be one of " + List.of(OperationType.values())
                    + ", not '" + type + "'");
        }
    }

    private static Position position(String position) {
        if (position == null) {
            return Position.AFTER;
        }
        try {
            return Position.valueOf(position.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.unprocessable("unknown-position", "position must be BEFORE or AFTER, not '" + position + "'");
        }
    }

    private static ParagraphKind kind(String kind, ParagraphKind otherwise) {
        if (kind == null) {
            return otherwise;
        }
        return switch (kind.strip().toUpperCase(Locale.ROOT)) {
            case "PREAMBULAR", "PP" -> ParagraphKind.PREAMBULAR;
            case "OPERATIVE", "OP" -> ParagraphKind.OPERATIVE;
            default -> throw Refusal.unprocessable("unknown-kind", "kind must be PREAMBULAR or OPERATIVE, not '" + kind + "'");
        };
    }
}
