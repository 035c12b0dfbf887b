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
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<section class=\"comparison\" data-mode=\"").append(comparison.mode().name().toLowerCase(java.util.Locale.ROOT))
                .append("\">\n");
        for (ParagraphChange c : comparison.changes()) {
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
            for (DiffSegment s : c.segments()) {
                switch (s.op()) {
                    case EQUAL -> Html.escapeTo(s.text(), b);
                    case INSERT -> wrap(b, "ins", s.text());
                    case DELETE -> wrap(b, "del", s.text());
                    default -> throw new IllegalStateException();
                }
            }
            b.append("</div>\n");
        }
        return b.append("</section>\n").toString();
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

    private static void wrap(StringBuilder b, String tag, String text) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        Html.escapeTo(text.substring(0, lead), b);
        b.append('<').append(tag).append('>');
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
