package org.draftroom.agreedlanguage.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a statement of programme budget implications still matches the text: it was made on the
 * words of the operative paragraphs it names (with their sub-paragraphs) in one version; if those
 * words read otherwise now, or a paragraph is gone, the statement may no longer match.
 */
public final class BudgetImplicationsPolicy {

    private BudgetImplicationsPolicy() {
    }

    /**
     * @param label the paragraph as the statement named it; {@code now} its label in the current text (null when deleted)
     */
    public record Change(String label, String now, String before, String after) {
    }

    /**
     * The named paragraphs whose words changed from {@code checked} to {@code current}.
     *
     * @param named labels as they read in {@code recorded}, the version the statement was made on
     */
    public static List<Change> changes(List<String> named, Document recorded, Document checked, Document current) {
        List<Change> out = new ArrayList<>();
        for (String label : named) {
            Optional<Paragraph> p = recorded.byLabel(label);
            if (p.isEmpty()) {
                continue;
            }
            ParagraphId id = p.get().id();
            String before = words(checked, id);
            String after = words(current, id);
            if (before == null || !before.equals(after)) {
                out.add(new Change(label, after == null ? null : current.labelOf(id), before, after));
            }
        }
        return out;
    }

    /** The paragraph's words with those of its sub-paragraphs, or null when the text has no such paragraph. */
    static String words(Document text, ParagraphId id) {
        int i = text.indexOf(id);
        if (i < 0) {
            return null;
        }
        List<Paragraph> all = text.paragraphs();
        StringBuilder out = new StringBuilder(all.get(i).fullText());
        int depth = all.get(i).depth();
        for (int j = i + 1; j < all.size() && all.get(j).depth() > depth; j++) {
            out.append('\n').append(all.get(j).fullText());
        }
        return out.toString();
    }
}
