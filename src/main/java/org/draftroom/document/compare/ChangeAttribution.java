package org.draftroom.document.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;

/**
 * Attributes each change between a text and a later one to the step of its history that made it. Every
 * word of the later text carries the step that inserted it, every word of the earlier text the step that
 * deleted it, followed word by word through each step's own diff; a change in the comparison of the two
 * ends is then attributed to the steps its words came from (all of them when they are several). A change
 * whose words cannot be followed (a word diff aligning differently) falls back on the steps that changed
 * its paragraph, then on {@code fallback}.
 *
 * <pre>{@code
 * AttributedComparison c = ChangeAttribution.attribute(v1, List.of(
 *         new AttributionStep(ChangeSource.of("Mexico", decided), v2),
 *         new AttributionStep(ChangeSource.of("Brazil", decided2), v3)), secretariat);
 * }</pre>
 */
public final class ChangeAttribution {

    private ChangeAttribution() {
    }

    /** A word as the history left it: the step that inserted it (null: in the base text), its index in the base. */
    private record Word(ChangeSource insertedBy, int baseIndex) {
    }

    public static AttributedComparison attribute(Document base, List<AttributionStep> steps, ChangeSource fallback) {
        Map<ParagraphId, List<Word>> current = new HashMap<>();
        Map<ParagraphId, ChangeSource[]> deletedBy = new HashMap<>();
        Map<ParagraphId, Set<ChangeSource>> touchedBy = new HashMap<>();
        for (Paragraph p : base.paragraphs()) {
            int n = Tokens.withSpace(p.fullText()).size();
            List<Word> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(new Word(null, i));
            }
            current.put(p.id(), words);
            deletedBy.put(p.id(), new ChangeSource[n]);
        }
        Document previous = base;
        for (AttributionStep step : steps) {
            Map<ParagraphId, List<Word>> next = new HashMap<>();
            for (Paragraph p : step.after().paragraphs()) {
                Paragraph before = previous.paragraph(p.id()).orElse(null);
                List<Word> words = current.get(p.id());
                if (before == null || words == null) {
                    List<Word> inserted = new ArrayList<>();
                    Tokens.withSpace(p.fullText()).forEach(t -> inserted.add(new Word(step.source(), -1)));
                    next.put(p.id(), inserted);
                    touchedBy.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(step.source());
                    continue;
                }
                next.put(p.id(), follow(p.id(), words, before.fullText(), p.fullText(), step.source(), deletedBy, touchedBy));
            }
            for (Map.Entry<ParagraphId, List<Word>> gone : current.entrySet()) {
                if (!next.containsKey(gone.getKey())) {
                    deleteAll(gone.getKey(), gone.getValue(), step.source(), deletedBy);
                    touchedBy.computeIfAbsent(gone.getKey(), k -> new LinkedHashSet<>()).add(step.source());
                }
            }
            current = next;
            previous = step.after();
        }
        Comparison comparison = DocumentComparer.compareVersions(base, previous);
        List<List<ChangeSource>> sources = new ArrayList<>();
        List<ChangeSource> paragraphSources = new ArrayList<>();
        for (ParagraphChange row : comparison.changes()) {
            Set<ChangeSource> known = new LinkedHashSet<>();
            if (row.beforeId() != null) {
                known.addAll(touchedBy.getOrDefault(row.beforeId(), Set.of()));
            }
            if (row.afterId() != null) {
                known.addAll(touchedBy.getOrDefault(row.afterId(), Set.of()));
            }
            ChangeSource paragraphFallback = known.isEmpty() ? fallback : ChangeSource.merged(known);
            List<Word> after = row.afterId() == null ? null : current.get(row.afterId());
            ChangeSource[] deleted = row.beforeId() == null ? null : deletedBy.get(row.beforeId());
            sources.add(segmentSources(row, base, after, deleted, paragraphFallback));
            paragraphSources.add(switch (row.type()) {
                case INSERTED -> sourceOf(after, 0, after == null ? 0 : after.size(), paragraphFallback);
                case DELETED -> sourceOf(deleted, 0, deleted == null ? 0 : deleted.length, paragraphFallback);
                default -> null;
            });
        }
        return new AttributedComparison(comparison, sources, paragraphSources);
    }

    /** The words of a paragraph after one step, each keeping its history or inserted by {@code source}. */
    private static List<Word> follow(ParagraphId id, List<Word> words, String before, String after, ChangeSource source,
            Map<ParagraphId, ChangeSource[]> deletedBy, Map<ParagraphId, Set<ChangeSource>> touchedBy) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        boolean changed = false;
        for (DiffSegment token : WordDiff.tokens(before, after)) {
            switch (token.op()) {
                case EQUAL -> out.add(i < words.size() ? words.get(i++) : new Word(source, -1));
                case INSERT -> {
                    out.add(new Word(source, -1));
                    changed = true;
                }
                case DELETE -> {
                    if (i < words.size()) {
                        markDeleted(id, words.get(i++), source, deletedBy);
                    }
                    changed = true;
                }
                default -> throw new IllegalStateException("unknown diff op " + token.op());
            }
        }
        if (changed) {
            touchedBy.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(source);
        }
        return out;
    }

    private static void deleteAll(ParagraphId id, List<Word> words, ChangeSource source, Map<ParagraphId, ChangeSource[]> deletedBy) {
        words.forEach(w -> markDeleted(id, w, source, deletedBy));
    }

    private static void markDeleted(ParagraphId id, Word w, ChangeSource source, Map<ParagraphId, ChangeSource[]> deletedBy) {
        ChangeSource[] marks = deletedBy.get(id);
        if (w.baseIndex() >= 0 && marks != null && w.baseIndex() < marks.length && marks[w.baseIndex()] == null) {
            marks[w.baseIndex()] = source;
        }
    }

    /** One source per segment of the row: who inserted its words (INSERT) or deleted them (DELETE). */
    private static List<ChangeSource> segmentSources(ParagraphChange row, Document base, List<Word> after,
            ChangeSource[] deleted, ChangeSource fallback) {
        List<ChangeSource> out = new ArrayList<>();
        if (row.type() == ChangeType.INSERTED || row.type() == ChangeType.DELETED) {
            for (DiffSegment s : row.segments()) {
                out.add(s.op() == DiffOp.EQUAL ? null : row.type() == ChangeType.INSERTED
                        ? sourceOf(after, 0, after == null ? 0 : after.size(), fallback)
                        : sourceOf(deleted, 0, deleted == null ? 0 : deleted.length, fallback));
            }
            return out;
        }
        String beforeText = base.paragraph(row.beforeId()).map(Paragraph::fullText).orElse("");
        List<DiffSegment> tokens = row.type() == ChangeType.UNCHANGED ? List.of() : WordDiff.tokens(beforeText, afterText(row));
        int t = 0;
        int i = 0;
        int j = 0;
        for (DiffSegment segment : row.segments()) {
            if (segment.op() == DiffOp.EQUAL) {
                while (t < tokens.size() && tokens.get(t).op() == DiffOp.EQUAL) {
                    t++;
                    i++;
                    j++;
                }
                out.add(null);
                continue;
            }
            Set<ChangeSource> found = new LinkedHashSet<>();
            while (t < tokens.size() && tokens.get(t).op() == segment.op()) {
                if (segment.op() == DiffOp.INSERT) {
                    if (after != null && j < after.size() && after.get(j).insertedBy() != null) {
                        found.add(after.get(j).insertedBy());
                    }
                    j++;
                } else {
                    if (deleted != null && i < deleted.length && deleted[i] != null) {
                        found.add(deleted[i]);
                    }
                    i++;
                }
                t++;
            }
            out.add(found.isEmpty() ? fallback : ChangeSource.merged(found));
        }
        return out;
    }

    /** The later text of a paired row: its kept and inserted segments (the diff's own tokens). */
    private static String afterText(ParagraphChange row) {
        StringBuilder b = new StringBuilder();
        row.segments().stream().filter(s -> s.op() != DiffOp.DELETE).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    private static ChangeSource sourceOf(List<Word> words, int from, int to, ChangeSource fallback) {
        Set<ChangeSource> found = new LinkedHashSet<>();
        for (int k = from; k < to; k++) {
            if (words.get(k).insertedBy() != null) {
                found.add(words.get(k).insertedBy());
            }
        }
        return found.isEmpty() ? fallback : ChangeSource.merged(found);
    }

    private static ChangeSource sourceOf(ChangeSource[] marks, int from, int to, ChangeSource fallback) {
        Set<ChangeSource> found = new LinkedHashSet<>();
        for (int k = from; k < to; k++) {
            if (marks[k] != null) {
                found.add(marks[k]);
            }
        }
        return found.isEmpty() ? fallback : ChangeSource.merged(found);
    }
}
