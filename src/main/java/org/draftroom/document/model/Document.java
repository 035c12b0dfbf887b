package org.draftroom.document.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A resolution or draft: metadata, paragraphs in order (sub-paragraphs follow their parent with a
 * greater depth) and the numbered footnotes. Immutable: every edit returns a new document.
 *
 * <p>Structural edits work on a paragraph together with its sub-paragraphs (its "subtree").
 * Inserted paragraphs are flagged {@link Paragraph#inserted()} so {@link LabelMode#NEGOTIATION}
 * labels read "OP4 bis" until {@link #renumbered()}.
 */
public record Document(DocumentMetadata metadata, List<Paragraph> paragraphs, List<Footnote> footnotes) {

    public Document {
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }

    // ---- lookup -------------------------------------------------------------------------------

    public Optional<Paragraph> paragraph(ParagraphId id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(paragraphs.get(i));
    }

    public Paragraph require(ParagraphId id) {
        return paragraph(id).orElseThrow(() -> new NoSuchElementException("no paragraph " + id));
    }

    public int indexOf(ParagraphId id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Labels in {@link LabelMode#NEGOTIATION} (same as clean labels when nothing was inserted). */
    public List<String> labels() {
        return Labeller.labels(paragraphs, LabelMode.NEGOTIATION);
    }

    public List<String> labels(LabelMode mode) {
        return Labeller.labels(paragraphs, mode);
    }

    public String labelOf(ParagraphId id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new NoSuchElementException("no paragraph " + id);
        }
        return labels().get(i);
    }

    /** Finds "OP4", "op 4 bis", "PP8(a)"; negotiation labels first, then clean labels. */
    public Optional<Paragraph> byLabel(String label) {
        String wanted = Labeller.normalize(label);
        for (LabelMode mode : new LabelMode[] {LabelMode.NEGOTIATION, LabelMode.CLEAN}) {
            List<String> labels = labels(mode);
            for (int i = 0; i < labels.size(); i++) {
                if (Labeller.normalize(labels.get(i)).equals(wanted)) {
                    return Optional.of(paragraphs.get(i));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Footnote> footnote(int number) {
        return footnotes.stream().filter(f -> f.number() == number).findFirst();
    }

    public long count(ParagraphKind kind, int depth) {
        return paragraphs.stream().filter(p -> p.kind() == kind && p.depth() == depth).count();
    }

    /** The paragraph and its sub-paragraphs: index range [from, to). */
    public int subtreeEnd(int index) {
        int depth = paragraphs.get(index).depth();
        int j = index + 1;
        while (j < paragraphs.size() && paragraphs.get(j).depth() > depth) {
            j++;
        }
        return j;
    }

    public List<Paragraph> children(ParagraphId id) {
        int i = requireIndex(id);
        return paragraphs.subList(i + 1, subtreeEnd(i)).stream()
                .filter(p -> p.depth() == paragraphs.get(i).depth() + 1).toList();
    }

    // ---- structural edits ---------------------------------------------------------------------

    /** Inserts {@code p} (flagged inserted) after {@code anchor} and the anchor's sub-paragraphs (unless p is deeper). */
    public Document insertAfter(ParagraphId anchor, Paragraph p) {
        checkNew(p);
        int i = requireIndex(anchor);
        int at = p.depth() > paragraphs.get(i).depth() ? i + 1 : subtreeEnd(i);
        return withList(list -> {
            list.add(at, p.withInserted(true));
            return list;
        });
    }

    public Document insertBefore(ParagraphId anchor, Paragraph p) {
        checkNew(p);
        int i = requireIndex(anchor);
        return withList(list -> {
            list.add(i, p.withInserted(true));
            return list;
        });
    }

    /** Appends at the end of the preambular or operative part (flagged inserted). */
    public Document append(Paragraph p) {
        checkNew(p);
        int at = p.kind() == ParagraphKind.PREAMBULAR ? firstOperativeIndex() : paragraphs.size();
        return withList(list -> {
            list.add(at, p.withInserted(true));
            return list;
        });
    }

    /** Deletes the paragraph with its sub-paragraphs. */
    public Document delete(ParagraphId id) {
        int i = requireIndex(id);
        int end = subtreeEnd(i);
        return withList(list -> {
            list.subList(i, end).clear();
            return list;
        });
    }

    /** Moves the paragraph (with sub-paragraphs) to just after {@code anchor}'s subtree. */
    public Document moveAfter(ParagraphId id, ParagraphId anchor) {
        return move(id, anchor, true);
    }

    public Document moveBefore(ParagraphId id, ParagraphId anchor) {
        return move(id, anchor, false);
    }

    /** Replaces the paragraph with the same id as {@code updated}. */
    public Document replace(Paragraph updated) {
        int i = requireIndex(updated.id());
        return withList(list -> {
            list.set(i, updated);
            return list;
        });
    }

    public Document update(ParagraphId id, UnaryOperator<Paragraph> change) {
        Paragraph updated = change.apply(require(id));
        if (!updated.id().equals(id)) {
            throw new IllegalArgumentException("an update must keep the paragraph id");
        }
        return replace(updated);
    }

    /** Clears all "inserted" flags: labels become a clean sequence. */
    public Document renumbered() {
        return withList(list -> {
            list.replaceAll(p -> p.inserted() ? p.withInserted(false) : p);
            return list;
        });
    }

    public Document withMetadata(DocumentMetadata newMetadata) {
        return new Document(newMetadata, paragraphs, footnotes);
    }

    public Document withFootnotes(List<Footnote> newFootnotes) {
        return new Document(metadata, paragraphs, newFootnotes);
    }

    public Document withParagraphs(List<Paragraph> newParagraphs) {
        return new Document(metadata, newParagraphs, footnotes);
    }

    private Document move(ParagraphId id, ParagraphId anchor, boolean after) {
        if (id.equals(anchor)) {
            return this;
        }
        int i = requireIndex(id);
        int end = subtreeEnd(i);
        List<Paragraph> moving = new ArrayList<>(paragraphs.subList(i, end));
        if (moving.stream().anyMatch(p -> p.id().equals(anchor))) {
            throw new IllegalArgumentException("cannot move a paragraph next to its own sub-paragraph");
        }
        List<Paragraph> rest = new ArrayList<>(paragraphs);
        rest.subList(i, end).clear();
        Document without = withParagraphs(rest);
        int a = without.requireIndex(anchor);
        int at = after ? without.subtreeEnd(a) : a;
        rest.addAll(at, moving);
        return withParagraphs(rest);
    }

    private int firstOperativeIndex() {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).kind() == ParagraphKind.OPERATIVE) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private int requireIndex(ParagraphId id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new NoSuchElementException("no paragraph " + id);
        }
        return i;
    }

    private void checkNew(Paragraph p) {
        if (indexOf(p.id()) >= 0) {
            throw new IllegalArgumentException("paragraph " + p.id() + " is already in the document");
        }
    }

    private Document withList(UnaryOperator<List<Paragraph>> change) {
        return withParagraphs(change.apply(new ArrayList<>(paragraphs)));
    }
}
