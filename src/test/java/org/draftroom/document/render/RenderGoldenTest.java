package org.draftroom.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.IdGenerator;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.parse.SourceFormat;
import org.draftroom.document.testing.GoldenFiles;
import org.draftroom.document.testing.SeedNormalizer;
import org.draftroom.document.testing.SeedNormalizer.Normalized;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Golden files live in src/test/resources/golden; regenerate with -Dgolden.update=true. */
class RenderGoldenTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_rendered_text_says_exactly_what_the_seed_says_up_to_whitespace_and_markup(Seeds seed) {
        Normalized expected = SeedNormalizer.normalize(seed.text());
        Normalized actual = SeedNormalizer.normalize(PlainTextRenderer.render(seed.parse()));
        assertThat(actual.footnotes()).isEqualTo(expected.footnotes());
        assertThat(actual.body()).isEqualTo(expected.body());
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_plain_text_rendering_matches_its_golden_file(Seeds seed) {
        GoldenFiles.assertMatches(seed.number() + ".txt", PlainTextRenderer.render(seed.parse()));
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_html_rendering_matches_its_golden_file(Seeds seed) {
        GoldenFiles.assertMatches(seed.number() + ".html", HtmlRenderer.render(seed.parse()));
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_plain_text_rendering_imports_back_to_the_same_document(Seeds seed) {
        Document original = seed.parse();
        Document again = DocumentImporter.parse(PlainTextRenderer.render(original), SourceFormat.PLAIN,
                IdGenerator.sequential(seed.number()));
        assertThat(again.metadata()).isEqualTo(original.metadata());
        assertThat(again.footnotes()).isEqualTo(original.footnotes());
        assertThat(again.paragraphs()).isEqualTo(original.paragraphs());
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void every_paragraph_appears_in_the_html_with_its_id_and_label(Seeds seed) {
        Document d = seed.parse();
        String html = HtmlRenderer.render(d);
        for (Paragraph p : d.paragraphs()) {
            assertThat(html).contains("data-paragraph-id=\"" + p.id().value() + "\" data-label=\""
                    + d.labelOf(p.id()) + "\"");
        }
    }
}
