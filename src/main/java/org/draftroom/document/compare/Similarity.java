package org.draftroom.document.compare;

import java.util.Map;

/** Word similarity of two paragraphs: Dice coefficient of their word multisets (0 = nothing shared, 1 = same words). */
public final class Similarity {

    private Similarity() {
    }

    public static double of(String a, String b) {
        return of(Tokens.bag(a), Tokens.bag(b));
    }

    static double of(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 1.0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                shared += Math.min(other, e.getValue());
            }
        }
        return 2.0 * shared / (sizeA + sizeB);
    }
}
