package org.draftroom.document.compare;

import org.draftroom.document.render.Html;

/**
 * Renders a {@link Comparison} as HTML with tracked changes: {@code <ins>}/{@code <del>} inside changed
 * paragraphs, whole inserted/deleted paragraphs wrapped likewise, moves marked. All text is escaped.
 */
public final class TrackedChangesHtml {

    private TrackedChangesHtml() {
    }

    public static String render(Comparison comparison) {
        return render(comparison, null);
    }

    /**
     * With the source of each change: every {@code <ins>}/{@code <del>} names its author and date
     * ({@code data-author}, {@code data-date}, and a {@code title} shown on hover), and a legend after the
     * text lists every source once.
     */
    public static String render(AttributedComparison attributed) {
        return render(attributed.comparison(), attributed);
    }

    private static String render(Comparison comparison, AttributedComparison attributed) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<section class=\"comparison\" data-mode=\"").append(comparison.mode().name().toLowerCase(java.util.Locale.ROOT))
                .append("\">\n");
        for (int row = 0; row < comparison.changes().size(); row++) {
            ParagraphChange c = comparison.changes().get(row);
            String type = c.type().name().toLowerCase(java.util.Locale.ROOT);
            b.append("<div class=\"change ").append(type).append('"');
            attr(b, "data-before-label", c.beforeLabel());
            attr(b, "data-after-label", c.afterLabel());
            attr(b, "data-before-id", c.beforeId() == null ? null : c.beforeId().value());
            attr(b, "data-after-id", c.afterId() == null ? null : c.afterId().value());
            b.append(">");
            b.append("<span class=\"label\">");
            Html.escapeTo(label(c), b);
            b.append("</span> ");
            for (int k = 0; k < c.segments().size(); k++) {
                DiffSegment s = c.segments().get(k);
                ChangeSource source = attributed == null ? null : attributed.source(row, k);
                switch (s.op()) {
                    case EQUAL -> Html.escapeTo(s.text(), b);
                    case INSERT -> wrap(b, "ins", s.text(), source);
                    case DELETE -> wrap(b, "del", s.text(), source);
                    default -> throw new IllegalStateException();
                }
            }
            b.append("</div>\n");
        }
        if (attributed != null && !attributed.legend().isEmpty()) {
            b.append("<dl class=\"change-sources\">\n");
            for (ChangeSource source : attributed.legend()) {
                b.append("<dt>");
                Html.escapeTo(source.author(), b);
                b.append("</dt><dd>");
                Html.escapeTo(day(source), b);
                b.append("</dd>\n");
            }
            b.append("</dl>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String day(ChangeSource source) {
        return source.date().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String label(ParagraphChange c) {
        if (c.beforeLabel() == null) {
            return c.afterLabel();
        }
        if (c.afterLabel() == null || c.afterLabel().equals(c.beforeLabel())) {
            return c.beforeLabel();
        }
        return c.afterLabel() + " (was " + c.beforeLabel() + ")";
    }

    private static void wrap(StringBuilder b, String tag, String text, ChangeSource source) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        Html.escapeTo(text.substring(0, lead), b);
        b.append('<').append(tag);
        if (source != null) {
            attr(b, "data-author", source.author());
            attr(b, "data-date", day(source));
            attr(b, "title", (tag.equals("ins") ? "Inserted by " : "Deleted by ") + source.author() + ", " + day(source));
        }
        b.append('>');
        Html.escapeTo(text.substring(lead), b);
        b.append("</").append(tag).append('>');
    }

    private static void attr(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(' ').append(name).append("=\"");
            Html.escapeTo(value, b);
            b.append('"');
        }
    }
}
