package org.draftroom.document.akn;

import org.draftroom.document.text.Markup;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small, deterministic XML writer: block elements go on their own indented lines, elements inside mixed
 * content ({@link #openMixed}) are written without added whitespace so that the text is preserved exactly.
 * Characters XML can't carry are replaced with U+FFFD.
 */
final class XmlOut {

    private record Frame(String name, boolean inline, boolean[] hasBlockChild) {
    }

    private final StringBuilder b = new StringBuilder(256 * 1024);
    private final Deque<Frame> stack = new ArrayDeque<>();

    XmlOut declaration() {
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    /** A block element; its children are blocks too. Attributes as name/value pairs; null values are skipped. */
    XmlOut open(String name, String... attrs) {
        return start(name, false, false, attrs);
    }

    /** A block element whose content is mixed text (a {@code <p>}): nothing inside gets indentation. */
    XmlOut openMixed(String name, String... attrs) {
        return start(name, false, true, attrs);
    }

    /** An inline element inside mixed content. */
    XmlOut inline(String name, String... attrs) {
        return start(name, true, true, attrs);
    }

    /** An empty block element. */
    XmlOut leaf(String name, String... attrs) {
        start(name, false, false, attrs);
        b.setLength(b.length() - 1);
        b.append("/>");
        stack.pop();
        return this;
    }

    /** An inline element with text only. */
    XmlOut inlineText(String name, String text, String... attrs) {
        return inline(name, attrs).text(text).close();
    }

    XmlOut text(String s) {
        escape(s, false);
        return this;
    }

    XmlOut close() {
        Frame f = stack.pop();
        if (f.hasBlockChild()[0]) {
            newline(stack.size());
        }
        b.append("</").append(f.name()).append('>');
        return this;
    }

    String finish() {
        if (!stack.isEmpty()) {
            throw new IllegalStateException("unclosed element " + stack.peek().name());
        }
        return b.append('\n').toString();
    }

    private XmlOut start(String name, boolean inlineRequested, boolean mixedContent, String... attrs) {
        Frame parent = stack.peek();
        boolean inline = inlineRequested || (parent != null && parent.inline());
        if (!inline) {
            if (parent != null) {
                parent.hasBlockChild()[0] = true;
            }
            if (parent != null || b.length() > 0) {
                newline(stack.size());
            }
        }
        b.append('<').append(name);
        if (stack.isEmpty()) {
            b.append(" xmlns=\"").append(AknNames.NS).append('"');
        }
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                b.append(' ').append(attrs[i]).append("=\"");
                escape(attrs[i + 1], true);
                b.append('"');
            }
        }
        b.append('>');
        stack.push(new Frame(name, inline || mixedContent, new boolean[1]));
        return this;
    }

    private void newline(int depth) {
        b.append('\n');
        for (int i = 0; i < depth; i++) {
            b.append("  ");
        }
    }

    private void escape(String s, boolean attribute) {
        Markup.escapeTo(s, attribute ? Markup.Context.XML_ATTRIBUTE : Markup.Context.XML_TEXT, b);
    }
}
