package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Applies amendments to the version their quotes refer to. All word changes are located in that
 * version first and then made from the end of each paragraph to its start, so that one change
 * never shifts the words another one quotes; then whole paragraphs are replaced, inserted, moved
 * and deleted. Footnote markers and emphasis outside changed words are kept.
 */
public final class AmendmentApplication {
    private AmendmentApplication() {
    }

    /** One located change of a paragraph's full text. */
    record WordChange(ParagraphId paragraph, int start, int end, String replacement) {
    }

    public static Document apply(Document base, List<Operation> operations) {
        return applyAll(base, List.of(operations));
    }

    /** Applies several amendments (each a list of operations) that do not compete with one another. */
    public static Document applyAll(Document base, List<List<Operation>> amendments) {
        List<Operation> all = amendments.stream().flatMap(List::stream).toList();
        Map<ParagraphId, List<WordChange>> changes = new LinkedHashMap<>();
        for (Operation op : all) {
            if (op.type().onWords()) {
                WordChange c = locate(base, op);
                changes.computeIfAbsent(c.paragraph(), k -> new ArrayList<>()).add(c);
            }
        }
        Document doc = base;
        for (Map.Entry<ParagraphId, List<WordChange>> e : changes.entrySet()) {
            List<WordChange> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt(WordChange::start).thenComparingInt(WordChange::end).reversed());
            Paragraph p = doc.require(e.getKey());
            int limit = Integer.MAX_VALUE;
            for (WordChange c : list) {
                if (c.end() > limit) {
                    throw Refusal.conflict("overlapping-changes", "Two changes touch the same words of " + base.labelOf(e.getKey()));
                }
                p = p.withFullTextReplaced(c.start(), c.end(), c.replacement());
                limit = c.start();
            }
            doc = doc.replace(p);
        }
        for (Operation op : all) {
            if (op.type() == OperationType.REPLACE_PARAGRAPH) {
                require(doc, op.paragraph(), op.label());
                doc = doc.update(op.paragraph(), p -> {
                    Paragraph q = p.withText(op.text());
                    return op.openingPhrase() == null ? q : q.withOpeningPhrase(op.openingPhrase());
                });
            }
        }
        Map<ParagraphId, ParagraphId> lastInsertedAfter = new HashMap<>();
        for (Operation op : all) {
            if (op.type() == OperationType.INSERT_PARAGRAPH) {
                Paragraph anchor = require(doc, op.paragraph(), op.label());
                Paragraph fresh = Paragraph.of(op.newParagraph(), op.kind(), anchor.kind() == op.kind() ? anchor.depth() : 0,
                        op.openingPhrase(), op.text());
                if (op.position() == Position.BEFORE) {
                    doc = doc.insertBefore(anchor.id(), fresh);
                } else {
                    ParagraphId after = lastInsertedAfter.getOrDefault(anchor.id(), anchor.id());
                    doc = doc.insertAfter(after, fresh);
                    lastInsertedAfter.put(anchor.id(), fresh.id());
                }
            }
        }
        for (Operation op : all) {
            if (op.type() == OperationType.MOVE_PARAGRAPH) {
                require(doc, op.paragraph(), op.label());
                require(doc, op.anchor(), "the anchor of the move of " + op.label());
                doc = op.position() == Position.BEFORE ? doc.moveBefore(op.paragraph(), op.anchor())
                        : doc.moveAfter(op.paragraph(), op.anchor());
            }
        }
        for (Operation op : all) {
            if (op.type() == OperationType.DELETE_PARAGRAPH) {
                require(doc, op.paragraph(), op.label());
                doc = doc.delete(op.paragraph());
            }
        }
        return doc;
    }

    /** Where a word operation's quote is in {@code base}, and what replaces it (with the spaces words need). */
    static WordChange locate(Document base, Operation op) {
        Paragraph p = require(base, op.paragraph(), op.label());
        OptionalInt at = p.findOccurrence(op.quote(), op.occurrence());
        if (at.isEmpty()) {
            throw Refusal.conflict("target-changed", "\"" + op.quote() + "\" (occurrence " + op.occurrence() + ") is no longer in "
                    + op.label()).with("paragraph", op.label()).with("quote", op.quote());
        }
        String full = p.fullText();
        int start = at.getAsInt();
        int end = start + op.quote().length();
        return switch (op.type()) {
            case REPLACE_WORDS -> op.text().isEmpty() ? deletion(p.id(), full, start, end)
                    : new WordChange(p.id(), start, end, op.text());
            case DELETE_WORDS -> deletion(p.id(), full, start, end);
            case INSERT_WORDS -> insertion(p.id(), full, op.position() == Position.BEFORE ? start : end, op.text());
            default -> throw new IllegalArgumentException(op.type() + " is not an operation on words");
        };
    }

    /** Deleting words takes one neighbouring space with them, so that no double space is left. */
    static WordChange deletion(ParagraphId id, String full, int start, int end) {
        boolean spaceBefore = start > 0 && full.charAt(start - 1) == ' ';
        boolean spaceAfter = end < full.length() && full.charAt(end) == ' ';
        boolean punctuationAfter = end < full.length() && ",;:.)".indexOf(full.charAt(end)) >= 0;
        if (spaceBefore && (spaceAfter || punctuationAfter || end == full.length())) {
            return new WordChange(id, start - 1, end, "");
        }
        if (spaceAfter) {
            return new WordChange(id, start, end + 1, "");
        }
        return new WordChange(id, start, end, "");
    }

    /** Punctuation that sticks to the word before it, and to the word after it (straight quotes can do either). */
    private static final String CLOSING = ",;:.!?)]”’";
    private static final String OPENING = "([“‘";

    /**
     * Inserted words get a space wherever they meet a word of the text, unless they bring their own
     * space or meet punctuation that sticks to them (",", ")", "(", quotation marks): the text on
     * both sides of the insertion point decides, whether the words go before or after the quote.
     */
    private static WordChange insertion(ParagraphId id, String full, int at, String text) {
        if (text.isEmpty()) {
            return new WordChange(id, at, at, text);
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        boolean spaceBefore = at > 0 && !opensAt(full, at - 1) && !Character.isWhitespace(first) && CLOSING.indexOf(first) < 0;
        boolean spaceAfter = at < full.length() && !closesAt(full, at) && !Character.isWhitespace(last) && OPENING.indexOf(last) < 0;
        return new WordChange(id, at, at, (spaceBefore ? " " : "") + text + (spaceAfter ? " " : ""));
    }

    /** Whether the text's character at {@code i} needs no space after it: a space, "(", "“", or a straight quote opening words. */
    private static boolean opensAt(String full, int i) {
        char c = full.charAt(i);
        if (c == '"' || c == '\'') {
            return i == 0 || Character.isWhitespace(full.charAt(i - 1));
        }
        return Character.isWhitespace(c) || OPENING.indexOf(c) >= 0;
    }

    /** Whether the text's character at {@code i} needs no space before it: a space, ",", ")", "”", or a straight quote closing words. */
    private static boolean closesAt(String full, int i) {
        char c = full.charAt(i);
        if (c == '"' || c == '\'') {
            return i > 0 && !Character.isWhitespace(full.charAt(i - 1));
        }
        return Character.isWhitespace(c) || CLOSING.indexOf(c) >= 0;
    }

    private static Paragraph require(Document doc, ParagraphId id, String label) {
        return doc.paragraph(id).orElseThrow(() -> Refusal.conflict("target-changed", "The paragraph " + label
                + " is no longer in the text").with("paragraph", label));
    }
}
