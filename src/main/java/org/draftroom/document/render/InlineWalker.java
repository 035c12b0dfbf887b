package org.draftroom.document.render;

import java.util.List;
import java.util.TreeSet;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.FootnoteRef;

/** Walks a text with emphasis spans and footnote markers, in order, for the renderers (HTML, plain text, Akoma Ntoso). */
public final class InlineWalker {

    public interface Sink {
        void text(String s);

        void open(EmphasisStyle style);

        void close(EmphasisStyle style);

        void footnote(int number);
    }

    private InlineWalker() {
    }

    /** At one position: emphasis ending there closes first, then markers, then emphasis starting there opens. */
    public static void walk(String text, List<Emphasis> spans, List<FootnoteRef> refs, Sink sink) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        spans.forEach(e -> {
            cuts.add(e.start());
            cuts.add(e.end());
        });
        refs.forEach(r -> cuts.add(r.offset()));
        int prev = 0;
        for (int pos : cuts) {
            if (pos > prev) {
                sink.text(text.substring(prev, pos));
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                if (spans.get(i).end() == pos && spans.get(i).start() < pos) {
                    sink.close(spans.get(i).style());
                }
            }
            for (FootnoteRef r : refs) {
                if (r.offset() == pos) {
                    sink.footnote(r.number());
                }
            }
            for (Emphasis e : spans) {
                if (e.start() == pos && e.end() > pos) {
                    sink.open(e.style());
                }
            }
            prev = pos;
        }
    }
}
