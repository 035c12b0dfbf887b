package org.draftroom.document.render;

import org.draftroom.document.text.Markup;

/** HTML escaping for text typed by delegations: the text library's one escaper, {@link Markup}, for HTML. */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        return Markup.html(s);
    }

    public static void escapeTo(String s, StringBuilder b) {
        Markup.escapeTo(s, Markup.Context.HTML, b);
    }
}
