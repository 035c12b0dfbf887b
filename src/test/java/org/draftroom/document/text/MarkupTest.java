package org.draftroom.document.text;

import org.draftroom.document.text.Markup.Context;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one escaper: what HTML and Akoma Ntoso XML get of text typed by delegations. */
class MarkupTest {
    private static final String TYPED = "<b>\"Peace\" & 'security'</b>\tline\r\nnext\u0001\uFFFE😀\uD800x";

    private static String escaped(String s, Context in) {
        StringBuilder b = new StringBuilder();
        Markup.escapeTo(s, in, b);
        return b.toString();
    }

    @Test
    void html_escapes_markup_and_both_quotes_and_keeps_every_other_character() {
        assertThat(escaped(TYPED, Context.HTML)).isEqualTo(
                "&lt;b&gt;&quot;Peace&quot; &amp; &#39;security&#39;&lt;/b&gt;\tline\r\nnext\u0001\uFFFE😀\uD800x");
        assertThat(Markup.html(null)).isEmpty();
        assertThat(Markup.html("a < b")).isEqualTo("a &lt; b");
    }

    @Test
    void xml_text_keeps_quotes_line_feeds_and_tabs_and_replaces_what_xml_cannot_carry() {
        assertThat(escaped(TYPED, Context.XML_TEXT)).isEqualTo(
                "&lt;b&gt;\"Peace\" &amp; 'security'&lt;/b&gt;\tline&#13;\nnext\uFFFD\uFFFD😀\uFFFDx");
    }

    @Test
    void an_xml_attribute_escapes_double_quotes_line_feeds_and_tabs_too() {
        assertThat(escaped(TYPED, Context.XML_ATTRIBUTE)).isEqualTo(
                "&lt;b&gt;&quot;Peace&quot; &amp; 'security'&lt;/b&gt;&#9;line&#13;&#10;next\uFFFD\uFFFD😀\uFFFDx");
    }
}
