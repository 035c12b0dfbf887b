package org.draftroom.document.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison with the source of each change: {@code sources.get(row).get(segment)} is who inserted or
 * deleted that segment of that row (null for unchanged text), {@code paragraphSources.get(row)} who
 * inserted or deleted the row's whole paragraph (null when it was on both sides).
 */
public record AttributedComparison(Comparison comparison, List<List<ChangeSource>> sources,
                                   List<ChangeSource> paragraphSources) {

    public AttributedComparison {
        sources = sources.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        paragraphSources = java.util.Collections.unmodifiableList(new ArrayList<>(paragraphSources));
    }

    public ChangeSource source(int row, int segment) {
        return sources.get(row).get(segment);
    }

    /** Every source named by a change, once each, in order of appearance: the legend. */
    public List<ChangeSource> legend() {
        List<ChangeSource> out = new ArrayList<>();
        for (List<ChangeSource> row : sources) {
            for (ChangeSource s : row) {
                if (s != null && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
