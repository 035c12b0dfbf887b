package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries an amendment written against an older version over to the current one, when what it
 * targets is unchanged: each quote appears in its paragraph as many times as before, and its
 * occurrence is the same words in the same place (so "the second 'and'" still means the same
 * words: see {@link QuotedOccurrence}), a paragraph it replaces or deletes reads exactly as
 * before (one it deletes, with the same sub-paragraphs reading as before), and the paragraphs it
 * inserts or moves next to still exist. Otherwise it is refused (409) naming the paragraph that
 * changed — never silently applied to different words.
 */
public final class ReAnchoring {
    private ReAnchoring() {
    }

    public static List<Operation> reAnchor(Document from, Document to, List<Operation> operations) {
        if (from == to) {
            return operations;
        }
        List<Operation> out = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            targetMustBeUnchanged(from, to, op);
            out.add(op.withLabel(to.labelOf(op.paragraph())));
        }
        return out;
    }

    public static void targetMustBeUnchanged(Document from, Document to, Operation op) {
        Paragraph now = to.paragraph(op.paragraph()).orElseThrow(() -> changed(op, "was deleted"));
        Paragraph then = from.paragraph(op.paragraph()).orElse(now);
        switch (op.type()) {
            case REPLACE_WORDS, DELETE_WORDS, INSERT_WORDS -> {
                if (now.countOccurrences(op.quote()) != then.countOccurrences(op.quote())
                        || !QuotedOccurrence.staysPut(then.fullText(), now.fullText(), op.quote(), op.occurrence())) {
                    throw changed(op, "changed where it quoted \"" + op.quote() + "\"").with("quote", op.quote());
                }
            }
            case REPLACE_PARAGRAPH -> {
                if (!now.fullText().equals(then.fullText())) {
                    throw changed(op, "changed");
                }
            }
            case DELETE_PARAGRAPH -> {
                if (!now.fullText().equals(then.fullText())) {
                    throw changed(op, "changed");
                }
                subParagraphsMustBeUnchanged(from, to, op);
            }
            case MOVE_PARAGRAPH -> to.paragraph(op.anchor()).orElseThrow(() -> changed(op, "lost the paragraph it moves next to"));
            default -> { }
        }
    }

    /** Deleting a paragraph deletes its sub-paragraphs too: none may have changed, been added or been deleted. */
    public static void subParagraphsMustBeUnchanged(Document from, Document to, Operation deletion) {
        List<Paragraph> then = subParagraphs(from, deletion.paragraph());
        List<Paragraph> now = subParagraphs(to, deletion.paragraph());
        if (then == null || now == null || then.equals(now)) {
            return;
        }
        Map<ParagraphId, Paragraph> before = new HashMap<>();
        then.forEach(p -> before.put(p.id(), p));
        Set<ParagraphId> kept = new HashSet<>();
        for (Paragraph p : now) {
            Paragraph old = before.get(p.id());
            if (old == null) {
                throw subParagraphChanged(deletion, to.labelOf(p.id()), "was added");
            }
            if (!old.fullText().equals(p.fullText())) {
                throw subParagraphChanged(deletion, to.labelOf(p.id()), "changed");
            }
            kept.add(p.id());
        }
        for (Paragraph p : then) {
            if (!kept.contains(p.id())) {
                throw subParagraphChanged(deletion, from.labelOf(p.id()), "was deleted");
            }
        }
        if (!then.stream().map(Paragraph::id).toList().equals(now.stream().map(Paragraph::id).toList())) {
            throw changed(deletion, "had its sub-paragraphs reordered");
        }
    }

    /** The paragraphs below {@code id}, or null if it is not in {@code document}. */
    private static List<Paragraph> subParagraphs(Document document, ParagraphId id) {
        int i = document.indexOf(id);
        return i < 0 ? null : document.paragraphs().subList(i + 1, document.subtreeEnd(i));
    }

    private static Refusal subParagraphChanged(Operation deletion, String subParagraph, String what) {
        return Refusal.conflict("target-changed", "The amendment deletes " + deletion.label() + ", whose sub-paragraph " + subParagraph
                + " " + what + " since the version it was written against").with("paragraph", subParagraph);
    }

    private static Refusal changed(Operation op, String what) {
        return Refusal.conflict("target-changed", "The amendment targets " + op.label() + ", which " + what
                + " since the version it was written against").with("paragraph", op.label());
    }
}
