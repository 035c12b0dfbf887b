package org.draftroom.document.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.draftroom.document.model.Paragraph;

/**
 * Pairs paragraphs of two different documents by word similarity: the monotone alignment (order
 * preserved, like a sequence alignment) with the greatest total similarity, using only pairs of the same
 * kind and depth whose similarity reaches the threshold. Leftover pairs that are very similar but out of
 * order are then paired as moves.
 */
final class ContentAligner {

    static final double MOVE_THRESHOLD = 0.7;

    private ContentAligner() {
    }

    /** Result: for each paragraph of {@code a}, the index of its partner in {@code b} or -1, and whether it moved. */
    record Alignment(int[] partnerOfA, boolean[] movedA) {
    }

    static Alignment align(List<Paragraph> a, List<Paragraph> b, double threshold) {
        int n = a.size();
        int m = b.size();
        List<Map<String, Integer>> bagsA = a.stream().map(p -> Tokens.bag(p.fullText())).toList();
        List<Map<String, Integer>> bagsB = b.stream().map(p -> Tokens.bag(p.fullText())).toList();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = compatible(a.get(i), b.get(j)) ? Similarity.of(bagsA.get(i), bagsB.get(j)) : 0.0;
            }
        }
        double[][] score = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.max(score[i - 1][j], score[i][j - 1]);
                double s = sim[i - 1][j - 1];
                if (s >= threshold) {
                    best = Math.max(best, score[i - 1][j - 1] + s);
                }
                score[i][j] = best;
            }
        }
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        boolean[] takenB = new boolean[m];
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double s = sim[i - 1][j - 1];
            if (s >= threshold && score[i][j] == score[i - 1][j - 1] + s) {
                partner[i - 1] = j - 1;
                takenB[j - 1] = true;
                i--;
                j--;
            } else if (score[i][j] == score[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        boolean[] moved = new boolean[n];
        for (int x = 0; x < n; x++) {
            if (partner[x] >= 0) {
                continue;
            }
            int best = -1;
            for (int y = 0; y < m; y++) {
                if (!takenB[y] && sim[x][y] >= Math.max(threshold, MOVE_THRESHOLD) && (best < 0 || sim[x][y] > sim[x][best])) {
                    best = y;
                }
            }
            if (best >= 0) {
                partner[x] = best;
                takenB[best] = true;
                moved[x] = true;
            }
        }
        return new Alignment(partner, moved);
    }

    private static boolean compatible(Paragraph x, Paragraph y) {
        return x.kind() == y.kind() && x.depth() == y.depth();
    }
}
