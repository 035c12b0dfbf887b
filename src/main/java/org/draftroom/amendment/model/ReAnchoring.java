package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries an amendment written against an older version over to the current one, when what it
 * targets is unchanged: each quote appears in its paragraph as many times as before (so "the
 * second 'and'" still means the same words), a paragraph it replaces or deletes reads exactly as
 * before, and the paragraphs it inserts or moves next to still exist. Otherwise it is refused (409)
 * naming the paragraph that changed — never silently applied to different words.
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
                if (now.countOccurrences(op.quote()) != then.countOccurrences(op.quote())) {
                    throw changed(op, "changed where it quoted \"" + op.quote() + "\"").with("quote", op.quote());
                }
            }
            case REPLACE_PARAGRAPH, DELETE_PARAGRAPH -> {
                if (!now.fullText().equals(then.fullText())) {
                    throw changed(op, "changed");
                }
            }
            case MOVE_PARAGRAPH -> to.paragraph(op.anchor()).orElseThrow(() -> changed(op, "lost the paragraph it moves next to"));
            default -> { }
        }
    }

    private static Refusal changed(Operation op, String what) {
        return Refusal.conflict("target-changed", "The amendment targets " + op.label() + ", which " + what
                + " since the version it was written against").with("paragraph", op.label());
    }
}
