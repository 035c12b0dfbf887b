package org.draftroom.agreedlanguage.model;

import org.draftroom.document.compare.Similarity;
import org.draftroom.document.compare.WordDiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies a paragraph against candidate adopted paragraphs. Verbatim: the same words in the same
 * order (case and punctuation aside). Modified: at least {@link #MODIFIED_AT} of the words shared
 * (Dice coefficient of the word counts) with an adopted paragraph; the closest {@link #CLOSEST} are
 * named with the word-level difference. Otherwise new.
 */
public final class AgreedLanguagePolicy {
    public static final double MODIFIED_AT = 0.6;
    public static final int CLOSEST = 3;
    private static final Comparator<SourceParagraph> RECENT_FIRST = Comparator
            .comparing((SourceParagraph s) -> s.session() == null ? Integer.MIN_VALUE : s.session()).reversed()
            .thenComparing(SourceParagraph::cite);

    private AgreedLanguagePolicy() {
    }

    public static Provenance classify(String text, List<SourceParagraph> candidates) {
        List<String> words = Wording.words(text);
        if (words.isEmpty()) {
            return Provenance.fresh();
        }
        List<SourceParagraph> distinct = distinct(candidates);
        List<SourceParagraph> same = distinct.stream().filter(c -> Wording.words(c.text()).equals(words))
                .sorted(RECENT_FIRST).toList();
        if (!same.isEmpty()) {
            return new Provenance(Origin.VERBATIM, same.stream().map(s -> new SourceMatch(s, 1.0, List.of())).toList());
        }
        List<SourceMatch> close = new ArrayList<>();
        for (SourceParagraph c : distinct) {
            double similarity = Similarity.of(c.text(), text);
            if (similarity >= MODIFIED_AT) {
                close.add(new SourceMatch(c, similarity, List.of()));
            }
        }
        if (close.isEmpty()) {
            return Provenance.fresh();
        }
        close.sort(Comparator.comparingDouble(SourceMatch::similarity).reversed()
                .thenComparing(m -> m.source(), RECENT_FIRST));
        List<SourceMatch> closest = close.subList(0, Math.min(CLOSEST, close.size())).stream()
                .map(m -> new SourceMatch(m.source(), round(m.similarity()), WordDiff.diff(m.source().text(), text)))
                .toList();
        return new Provenance(Origin.MODIFIED, closest);
    }

    private static List<SourceParagraph> distinct(List<SourceParagraph> candidates) {
        Set<String> seen = new HashSet<>();
        List<SourceParagraph> out = new ArrayList<>();
        for (SourceParagraph c : candidates) {
            if (seen.add(c.symbol() + "\u0000" + c.label())) {
                out.add(c);
            }
        }
        return out;
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
