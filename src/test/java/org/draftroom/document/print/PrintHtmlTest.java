package org.draftroom.document.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class PrintHtmlTest {

    @Test
    void the_print_page_has_the_heading_block_the_paragraphs_footnotes_at_the_end_and_page_numbers() throws Exception {
        String html = PrintHtml.render(Seeds.DRAFT_2025.parse());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/print"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/print/004.html"), html);
        assertThat(html).contains("@page", "counter(page)", "<p class=\"distr\">Distr.: Limited</p>",
                "<p class=\"sponsors\">Belarus, Democratic People&#39;s Republic of Korea, Russian Federation and "
                        + "Venezuela (Bolivarian Republic of): draft resolution</p>",
                "<h1 class=\"title\">Improving the coordination of efforts against trafficking in persons</h1>",
                "<em class=\"opening-phrase\">Reiterating</em>");
        assertThat(html.indexOf("<section class=\"footnotes\">")).isGreaterThan(html.lastIndexOf("data-label=\"OP38\""));
        assertThat(html.split("<li id=\"fn-", -1)).hasSize(35 + 1);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    @Test
    void an_adopted_resolution_prints_its_number_report_line_and_plenary_meeting() {
        String html = PrintHtml.render(Seeds.RES_76_186.parse());
        assertThat(html).contains("<title>A/RES/76/186</title>",
                "<h1 class=\"title\">76/186. Improving the coordination of efforts against trafficking in persons</h1>",
                "[on the report of the Third Committee (A/76/463, para. 26)]",
                "<p class=\"adoption\">53rd plenary meeting<br/>16 December 2021</p>");
    }
}
