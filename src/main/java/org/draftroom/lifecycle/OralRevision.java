package org.draftroom.lifecycle;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text "as orally revised". A change names a paragraph and gives the paragraph's text after
 * its opening phrase ("the Secretariat" never prints "Also recalls Also recalls"): a text that
 * begins by repeating the paragraph's own opening phrase is refused, and the phrase changes only
 * when a new one is given. Footnote markers move with the words they follow; a change may add a
 * footnote after given words, change a footnote's text or remove one; footnotes are then numbered
 * again in the order they appear.
 */
public final class OralRevision {
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_FOOTNOTE = 5_000;
    private static final int MAX_CHANGES = 200;

    private OralRevision() {
    }

    /**
     * One change read out: the paragraph ("OP5" or its id); its new text without the opening phrase
     * (null: the text stays); a new opening phrase (null: it stays); footnotes added, changed or removed.
     */
    public record Change(String paragraph, String text, String openingPhrase, List<FootnoteChange> footnotes) {
        public Change {
            footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        }
    }

    /**
     * Add ({@code after} the words, {@code occurrence}-th, with {@code text}), change ({@code number}
     * with {@code text}) or remove ({@code number}, {@code remove} true) a footnote.
     */
    public record FootnoteChange(Integer number, String after, Integer occurrence, String text, Boolean remove) {
    }

    public static Document apply(Document current, List<Change> changes) {
        if (changes == null || changes.isEmpty()) {
            throw Refusal.unprocessable("no-changes", "An oral revision changes at least one paragraph");
        }
        if (changes.size() > MAX_CHANGES) {
            throw Refusal.unprocessable("too-many-changes", "An oral revision changes at most " + MAX_CHANGES + " paragraphs")
                    .with("limit", "changes").with("maximum", MAX_CHANGES);
        }
        Document revised = current;
        boolean footnotesChanged = false;
        int nextTemporary = current.footnotes().stream().mapToInt(Footnote::number).max().orElse(0) + 1000;
        Map<Integer, Footnote> footnotes = new LinkedHashMap<>();
        current.footnotes().forEach(f -> footnotes.put(f.number(), f));
        for (Change change : changes) {
            if (change == null || change.paragraph() == null || change.paragraph().isBlank()) {
                throw Refusal.unprocessable("incomplete-change", "Each change names a paragraph");
            }
            boolean hasText = change.text() != null && !change.text().isBlank();
            if (!hasText && change.openingPhrase() == null && change.footnotes().isEmpty()) {
                throw Refusal.unprocessable("incomplete-change", "The change to " + change.paragraph()
                        + " gives no new text, opening phrase or footnote");
            }
            Document base = revised;
            Paragraph p = base.byLabel(change.paragraph())
                    .or(() -> base.paragraphs().stream().filter(x -> x.id().value().equals(change.paragraph())).findFirst())
                    .orElseThrow(() -> Refusal.unprocessable("unknown-paragraph", "There is no paragraph " + change.paragraph())
                            .with("paragraph", change.paragraph()));
            String label = base.labelOf(p.id());
            Paragraph q = p;
            if (change.openingPhrase() != null) {
                String phrase = change.openingPhrase().strip();
                if (phrase.length() > 200) {
                    throw Refusal.unprocessable("phrase-too-long", "An opening phrase takes at most 200 characters")
                            .with("limit", "openingPhrase").with("maximum", 200);
                }
                q = q.withOpeningPhrase(phrase);
            }
            if (hasText) {
                String text = change.text().strip();
                if (text.length() > MAX_TEXT) {
                    throw Refusal.unprocessable("text-too-long", "The text given for " + label + " has " + text.length()
                            + " characters; a paragraph takes at most " + MAX_TEXT).with("limit", "paragraph").with("maximum", MAX_TEXT);
                }
                refuseRepeatedPhrase(label, q.openingPhrase(), text);
                q = withTextKeepingMarkers(q, text);
            }
            for (FootnoteChange f : change.footnotes()) {
                footnotesChanged = true;
                if (f == null) {
                    throw Refusal.unprocessable("incomplete-footnote", "A footnote change is empty");
                }
                if (Boolean.TRUE.equals(f.remove())) {
                    int n = existing(f, footnotes, label);
                    boolean here = q.footnoteRefs().stream().anyMatch(r -> r.number() == n);
                    if (!here) {
                        throw Refusal.unprocessable("footnote-elsewhere", "Footnote " + n + " is not in " + label);
                    }
                    q = q.withFootnoteRefs(q.footnoteRefs().stream().filter(r -> r.number() != n).toList());
                    footnotes.remove(n);
                } else if (f.number() != null) {
                    int n = existing(f, footnotes, label);
                    footnotes.put(n, new Footnote(n, footnoteText(f, label), List.of()));
                } else {
                    int offset = after(q, f, label);
                    int n = nextTemporary++;
                    List<FootnoteRef> refs = new ArrayList<>(q.footnoteRefs());
                    refs.add(new FootnoteRef(offset, n));
                    q = q.withFootnoteRefs(refs);
                    footnotes.put(n, new Footnote(n, footnoteText(f, label), List.of()));
                }
            }
            revised = revised.replace(q);
        }
        return footnotesChanged ? renumbered(revised, footnotes) : revised;
    }

    /** "Also recalls Also recalls …" is refused: the text is what follows the opening phrase. */
    static void refuseRepeatedPhrase(String label, String phrase, String text) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetterOrDigit(t.charAt(p.length())))) {
            throw Refusal.unprocessable("opening-phrase-repeated", "The new text of " + label + " begins with its opening phrase '"
                    + phrase.strip() + "'; give the text that follows it (the phrase stays), or give a new openingPhrase")
                    .with("paragraph", label).with("openingPhrase", phrase.strip());
        }
    }

    /** The new text, each footnote marker after the same word it followed (or where that word's place now is). */
    static Paragraph withTextKeepingMarkers(Paragraph p, String newText) {
        List<FootnoteRef> moved = new ArrayList<>();
        if (!p.footnoteRefs().isEmpty()) {
            List<int[]> oldWords = words(p.text());
            List<int[]> newWords = words(newText);
            int[] match = align(p.text(), oldWords, newText, newWords);
            for (FootnoteRef r : p.footnoteRefs()) {
                moved.add(new FootnoteRef(newOffset(r.offset(), p.text(), oldWords, newText, newWords, match), r.number()));
            }
        }
        return p.withText(newText).withFootnoteRefs(moved);
    }

    private static int newOffset(int offset, String oldText, List<int[]> oldWords, String newText, List<int[]> newWords, int[] match) {
        int before = -1;
        for (int i = 0; i < oldWords.size(); i++) {
            if (oldWords.get(i)[1] <= offset) {
                before = i;
            }
        }
        for (int i = before; i >= 0; i--) {
            if (match[i] >= 0) {
                int[] word = oldWords.get(i);
                int[] target = newWords.get(match[i]);
                int end = target[1];
                if (i == before) {
                    // punctuation between the word and the marker ("Development,¹") follows it when it is still there
                    String tail = oldText.substring(word[1], Math.min(offset, oldText.length()));
                    if (!tail.isEmpty() && newText.startsWith(tail, end)) {
                        end += tail.length();
                    }
                }
                return Math.min(end, newText.length());
            }
        }
        return Math.min(offset, newText.length());
    }

    /** Words as [start, end) of letters and digits (punctuation apart), so "Development," is the word "Development". */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
                    i++;
                }
                out.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return out;
    }

    /** For each old word, the new word it stays as (longest common subsequence), or -1. */
    private static int[] align(String oldText, List<int[]> a, String newText, List<int[]> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(oldText, a.get(i), newText, b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(oldText, a.get(i), newText, b.get(j))) {
                match[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    private static boolean same(String x, int[] wx, String y, int[] wy) {
        return wx[1] - wx[0] == wy[1] - wy[0] && x.regionMatches(wx[0], y, wy[0], wx[1] - wx[0]);
    }

    private static int existing(FootnoteChange f, Map<Integer, Footnote> footnotes, String label) {
        if (f.number() == null || !footnotes.containsKey(f.number())) {
            throw Refusal.unprocessable("unknown-footnote", "There is no footnote " + f.number() + " (change to " + label + ")");
        }
        return f.number();
    }

    private static String footnoteText(FootnoteChange f, String label) {
        String text = f.text() == null ? "" : f.text().strip();
        if (text.isEmpty() || text.length() > MAX_FOOTNOTE) {
            throw Refusal.unprocessable("footnote-text", "A footnote of " + label + " needs a text of 1 to " + MAX_FOOTNOTE + " characters")
                    .with("limit", "footnote").with("maximum", MAX_FOOTNOTE);
        }
        return text;
    }

    /** Where a new footnote's marker goes: right after the {@code occurrence}-th (default first) occurrence of the words. */
    private static int after(Paragraph p, FootnoteChange f, String label) {
        String words = f.after() == null ? "" : f.after();
        if (words.isBlank() || words.length() > 1000) {
            throw Refusal.unprocessable("footnote-place", "A new footnote of " + label + " says after which words it goes");
        }
        int nth = f.occurrence() == null ? 1 : f.occurrence();
        int from = 0;
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = p.text().indexOf(words, from);
            if (at < 0) {
                throw Refusal.unprocessable("footnote-place", "'" + words + "' does not occur " + (nth == 1 ? "" : nth + " times ")
                        + "in the text of " + label).with("paragraph", label);
            }
            from = at + 1;
        }
        return at + words.length();
    }

    /** Footnotes numbered again 1, 2, 3 … in the order their markers appear; footnotes nobody cites follow. */
    static Document renumbered(Document d, Map<Integer, Footnote> footnotes) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        for (Paragraph p : d.paragraphs()) {
            p.footnoteRefs().stream().sorted(Comparator.comparingInt(FootnoteRef::offset))
                    .forEach(r -> renumber.putIfAbsent(r.number(), renumber.size() + 1));
        }
        for (Integer old : footnotes.keySet()) {
            renumber.putIfAbsent(old, renumber.size() + 1);
        }
        List<Paragraph> paragraphs = d.paragraphs().stream().map(p -> p.footnoteRefs().isEmpty() ? p
                : p.withFootnoteRefs(p.footnoteRefs().stream().map(r -> new FootnoteRef(r.offset(), renumber.get(r.number()))).toList()))
                .toList();
        List<Footnote> notes = new ArrayList<>();
        renumber.forEach((old, n) -> Optional.ofNullable(footnotes.get(old)).ifPresent(f -> notes.add(new Footnote(n, f.text(), f.emphasis()))));
        notes.sort(Comparator.comparingInt(Footnote::number));
        return d.withParagraphs(paragraphs).withFootnotes(notes);
    }
}
