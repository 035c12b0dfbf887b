package org.draftroom.document.akn;

import java.util.List;
import java.util.function.IntConsumer;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.render.InlineWalker;

/**
 * Writes the inline walk of a text as Akoma Ntoso: each piece of text wrapped in the styles covering it
 * ({@code <i>} outside {@code <b>}), so that elements always nest; a citation of another document as
 * {@code <ref href="https://undocs.org/en/A/RES/64/293">}; a footnote marker through {@code marker}. A
 * citation is never left open around a footnote marker: should one fall inside it, the link ends there.
 */
final class AknInline implements InlineWalker.Sink {

    private final XmlOut x;
    private final List<CitedDocuments.Citation> citations;
    private final IntConsumer marker;
    private int italic;
    private int bold;
    private int position;
    /** The citation whose {@code <ref>} is open, or -1. */
    private int open = -1;
    /** Citations before this index are written (or cut short by a marker). */
    private int next;

    AknInline(XmlOut x, List<CitedDocuments.Citation> citations, IntConsumer marker) {
        this.x = x;
        this.citations = citations;
        this.marker = marker;
    }

    @Override
    public void text(String s) {
        int base = position;
        int end = base + s.length();
        while (position < end) {
            while (next < citations.size() && open < 0 && citations.get(next).start() < position) {
                next++;
            }
            if (open < 0 && next < citations.size() && citations.get(next).start() == position) {
                open = next++;
                x.inline("ref", "href", citations.get(open).href());
            }
            int to = end;
            if (open >= 0) {
                to = Math.min(to, citations.get(open).end());
            } else if (next < citations.size() && citations.get(next).start() < to) {
                to = citations.get(next).start();
            }
            styled(s.substring(position - base, to - base));
            position = to;
            if (open >= 0 && citations.get(open).end() == position) {
                x.close();
                open = -1;
            }
        }
    }

    private void styled(String piece) {
        if (italic > 0) {
            x.inline("i");
        }
        if (bold > 0) {
            x.inline("b");
        }
        x.text(piece);
        if (bold > 0) {
            x.close();
        }
        if (italic > 0) {
            x.close();
        }
    }

    @Override
    public void open(EmphasisStyle style) {
        if (style == EmphasisStyle.ITALIC) {
            italic++;
        } else if (style == EmphasisStyle.BOLD) {
            bold++;
        }
    }

    @Override
    public void close(EmphasisStyle style) {
        if (style == EmphasisStyle.ITALIC) {
            italic--;
        } else if (style == EmphasisStyle.BOLD) {
            bold--;
        }
    }

    @Override
    public void footnote(int number) {
        if (open >= 0) {
            x.close();
            open = -1;
        }
        marker.accept(number);
    }
}
