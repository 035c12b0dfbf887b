package org.draftroom.document.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One paragraph of a resolution: preambular or operative, top level (depth 0), sub-paragraph (a)
 * (depth 1) or sub-sub-paragraph (i) (depth 2). Immutable; every edit returns a new paragraph with
 * the same {@link #id()}.
 *
 * <p>The text is split into the {@link #openingPhrase()} ("Recalling also", "Urges") and the rest,
 * {@link #text()}. Emphasis spans and footnote references are positions in {@link #text()}.
 * {@link #fullText()} joins the two with {@link #separator()}.
 *
 * @param inserted true for a paragraph inserted since the last renumbering; it is labelled
 *                 "OP4 bis" in negotiation labels until {@link Document#renumbered()}
 */
public record Paragraph(
        ParagraphId id,
        ParagraphKind kind,
        int depth,
        String openingPhrase,
        String text,
        List<Emphasis> emphasis,
        List<FootnoteRef> footnoteRefs,
        boolean inserted) {

    public static final int MAX_DEPTH = 2;

    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        openingPhrase = openingPhrase == null ? "" : openingPhrase;
        Objects.requireNonNull(text, "text");
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 0.." + MAX_DEPTH);
        }
        emphasis = sorted(emphasis, Comparator.comparingInt(Emphasis::start));
        footnoteRefs = sorted(footnoteRefs, Comparator.comparingInt(FootnoteRef::offset));
        for (Emphasis e : emphasis) {
            if (e.end() > text.length()) {
                throw new IllegalArgumentException("emphasis " + e + " outside text of length " + text.length());
            }
        }
        for (FootnoteRef r : footnoteRefs) {
            if (r.offset() > text.length()) {
                throw new IllegalArgumentException("footnote ref " + r + " outside text of length " + text.length());
            }
        }
    }

    /** A new top-level or sub-paragraph without emphasis or footnotes. */
    public static Paragraph of(ParagraphId id, ParagraphKind kind, int depth, String openingPhrase, String text) {
        return new Paragraph(id, kind, depth, openingPhrase, text, List.of(), List.of(), false);
    }

    public boolean isTopLevel() {
        return depth == 0;
    }

    /** The exact string between opening phrase and text: "" if either is empty or text starts with punctuation, else " ". */
    public String separator() {
        if (openingPhrase.isEmpty() || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '.') ? "" : " ";
    }

    /** Opening phrase + separator + text, without footnote markers. */
    public String fullText() {
        return openingPhrase + separator() + text;
    }

    /** Where {@link #text()} starts inside {@link #fullText()}. */
    public int textOffset() {
        return openingPhrase.length() + separator().length();
    }

    /** Replaces [start, end) of {@link #text()}, moving emphasis and footnote markers (markers in the range stay at its boundary). */
    public Paragraph withTextReplaced(int start, int end, String replacement) {
        TextEdit edit = TextEdit.of(text, start, end, replacement);
        return new Paragraph(id, kind, depth, openingPhrase, edit.apply(text), edit.mapEmphasis(emphasis),
                edit.mapRefs(footnoteRefs), inserted);
    }

    /**
     * Replaces [start, end) of {@link #fullText()}. Inside the opening phrase it edits the phrase; inside the
     * text it edits the text; a range crossing both keeps the phrase up to {@code start} and puts the
     * replacement at the start of the text (use the importer's opening-phrase splitter to re-split).
     */
    public Paragraph withFullTextReplaced(int start, int end, String replacement) {
        String full = fullText();
        if (start < 0 || end < start || end > full.length()) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside text of length " + full.length());
        }
        int bodyStart = textOffset();
        if (start >= bodyStart) {
            return withTextReplaced(start - bodyStart, end - bodyStart, replacement);
        }
        if (start == end && start == openingPhrase.length() && !openingPhrase.isEmpty() && !replacement.isBlank()
                && Character.isWhitespace(replacement.charAt(0))) {
            // words inserted right after the opening phrase belong to the text, not to the (italic) phrase
            String words = replacement.strip();
            boolean glued = text.isEmpty() || ",;:.)".indexOf(text.charAt(0)) >= 0;
            return withTextReplaced(0, 0, glued ? words : words + " ");
        }
        if (end <= openingPhrase.length()) {
            String phrase = openingPhrase.substring(0, start) + replacement + openingPhrase.substring(end);
            return withOpeningPhrase(phrase);
        }
        String keptPhrase = openingPhrase.substring(0, start).stripTrailing();
        Paragraph cut = withTextReplaced(0, end - bodyStart, replacement.strip());
        return cut.withOpeningPhrase(keptPhrase);
    }

    public Paragraph withOpeningPhrase(String phrase) {
        return new Paragraph(id, kind, depth, phrase == null ? "" : phrase.strip(), text, emphasis, footnoteRefs, inserted);
    }

    /** Replaces the whole text; footnote markers are kept (clamped to the new length), emphasis is dropped. */
    public Paragraph withText(String newText) {
        List<FootnoteRef> refs = new ArrayList<>();
        for (FootnoteRef r : footnoteRefs) {
            refs.add(new FootnoteRef(Math.min(r.offset(), newText.length()), r.number()));
        }
        return new Paragraph(id, kind, depth, openingPhrase, newText, List.of(), refs, inserted);
    }

    public Paragraph withEmphasis(List<Emphasis> spans) {
        return new Paragraph(id, kind, depth, openingPhrase, text, spans, footnoteRefs, inserted);
    }

    public Paragraph withFootnoteRefs(List<FootnoteRef> refs) {
        return new Paragraph(id, kind, depth, openingPhrase, text, emphasis, refs, inserted);
    }

    public Paragraph withKind(ParagraphKind newKind) {
        return new Paragraph(id, newKind, depth, openingPhrase, text, emphasis, footnoteRefs, inserted);
    }

    public Paragraph withDepth(int newDepth) {
        return new Paragraph(id, kind, newDepth, openingPhrase, text, emphasis, footnoteRefs, inserted);
    }

    public Paragraph withInserted(boolean value) {
        return new Paragraph(id, kind, depth, openingPhrase, text, emphasis, footnoteRefs, value);
    }

    /** Same content under another identity (e.g. a copy of a paragraph from another document). */
    public Paragraph withId(ParagraphId newId) {
        return new Paragraph(newId, kind, depth, openingPhrase, text, emphasis, footnoteRefs, inserted);
    }

    /**
     * Position in {@link #fullText()} of the {@code nth} (1-based) occurrence of {@code quoted}, or empty.
     * Matching is exact; see {@link TextSearch#find(String, String, int, boolean)} for lenient matching.
     */
    public OptionalInt findOccurrence(String quoted, int nth) {
        return TextSearch.find(fullText(), quoted, nth, false);
    }

    public int countOccurrences(String quoted) {
        return TextSearch.count(fullText(), quoted);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
