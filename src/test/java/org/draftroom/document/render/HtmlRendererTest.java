package org.draftroom.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    @Test
    void text_typed_by_delegations_is_escaped() {
        Paragraph evil = new Paragraph(ParagraphId.of("x\"><script>"), ParagraphKind.OPERATIVE, 0, "Urges <b>",
                "States to <script>alert('x')</script> & \"act\";", List.of(Emphasis.italic(0, 6)),
                List.of(new FootnoteRef(6, 1)), false);
        Document d = new Document(DocumentMetadata.empty().withTitle("<img src=x onerror=alert(1)>"), List.of(evil),
                List.of(Footnote.plain(1, "<script>bad()</script>")));
        String html = HtmlRenderer.render(d);
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;act&quot;;")
                .contains("data-paragraph-id=\"x&quot;&gt;&lt;script&gt;\"");
    }

    @Test
    void operative_paragraphs_are_numbered_and_opening_phrases_are_italic() {
        Document d = Seeds.RES_76_186.parse();
        String html = HtmlRenderer.render(d);
        assertThat(html).contains("data-label=\"OP3\"><span class=\"number\">3.</span> "
                + "<em class=\"opening-phrase\">Calls upon</em> Governments");
        assertThat(html).contains("data-label=\"PP10(a)\"><span class=\"number\">(a)</span> To promote");
        assertThat(html).contains("Sustainable Development,<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup> and");
        assertThat(html).contains("<li id=\"fn-5\" value=\"5\">United Nations, <em>Treaty Series</em>, vol. 2225");
    }

    @Test
    void an_inserted_paragraph_shows_its_negotiation_number() {
        Document d = Seeds.RES_76_186.parse();
        Paragraph op4 = d.byLabel("OP4").orElseThrow();
        Document amended = d.insertAfter(op4.id(),
                Paragraph.of(ParagraphId.of("new"), ParagraphKind.OPERATIVE, 0, "Decides", "to act;"));
        assertThat(HtmlRenderer.render(amended)).contains("data-label=\"OP4 bis\"><span class=\"number\">4 bis.</span>");
        assertThat(PlainTextRenderer.render(amended)).contains("\n4 bis. *Decides* to act;\n");
    }
}
