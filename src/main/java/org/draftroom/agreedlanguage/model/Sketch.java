package org.draftroom.agreedlanguage.model;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A similarity sketch of a paragraph that finds its near relatives among hundreds of thousands in a
 * few index look-ups (MinHash with locality-sensitive bands). The paragraph's word pairs ("the
 * trafficking", "trafficking in") are hashed {@value #HASHES} ways; the smallest hash of each way
 * is kept, and each run of {@value #ROWS} of them is folded into one band. Two paragraphs whose word
 * pairs overlap by a Jaccard share s have a band in common with probability 1 - (1 - s^3)^16: 0.99
 * at s = 0.7, 0.88 at 0.5, 0.65 at 0.4, below 0.01 for unrelated text (s ≈ 0.05).
 */
public final class Sketch {
    public static final int BANDS = 16;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5eed5eed5eedL;
        for (int i = 0; i < HASHES; i++) {
            s = Hashing.mix(s + 0x9e3779b97f4a7c15L);
            SEEDS[i] = s;
        }
    }

    private Sketch() {
    }

    /** The bands of a paragraph's words; none for a paragraph without words. */
    public static long[] bands(List<String> words) {
        Set<Long> shingles = shingles(words);
        if (shingles.isEmpty()) {
            return new long[0];
        }
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < HASHES; k++) {
                long h = Hashing.mix(shingle ^ SEEDS[k]);
                if (h < min[k]) {
                    min[k] = h;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = Hashing.mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = Hashing.mix(h ^ min[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    private static Set<Long> shingles(List<String> words) {
        Set<Long> out = new HashSet<>();
        if (words.size() == 1) {
            out.add(Hashing.fnv64(words.get(0).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(Hashing.fnv64((words.get(i) + " " + words.get(i + 1)).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
