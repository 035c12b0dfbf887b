package org.draftroom.document.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.draftroom.document.parse.DocumentParseException.Reason;
import org.junit.jupiter.api.Test;

class ParseErrorTest {

    @Test
    void empty_text_is_rejected() {
        assertThatThrownBy(() -> DocumentImporter.parse("  \n\n ", null))
                .isInstanceOf(DocumentParseException.class).hasMessageContaining("empty")
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.EMPTY_TEXT);
        assertThatThrownBy(() -> DocumentImporter.parse(null, null)).isInstanceOf(DocumentParseException.class);
    }

    @Test
    void binary_data_is_rejected() {
        String pdfBytes = "%PDF-1.7\n\u0000\u0001\u0002stream";
        assertThatThrownBy(() -> DocumentImporter.parse(pdfBytes, null))
                .isInstanceOf(DocumentParseException.class).hasMessageContaining("binary")
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.BINARY_DATA);
    }

    @Test
    void text_without_the_general_assembly_formula_is_rejected() {
        assertThatThrownBy(() -> DocumentImporter.parse("Dear colleagues,\n\nPlease find the draft attached.\n", null))
                .isInstanceOf(DocumentParseException.class).hasMessageContaining("The General Assembly,")
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.NO_PREAMBULAR_FORMULA);
        assertThatThrownBy(() -> DocumentImporter.parse("Some text\nwrapped\n", SourceFormat.PDF_TEXT))
                .isInstanceOf(DocumentParseException.class)
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.NO_PREAMBULAR_FORMULA);
    }

    @Test
    void a_footnote_marker_that_points_at_no_footnote_is_rejected() {
        String text = "General Assembly\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\u00b9\n\n"
                + "Recalling also its resolution 71/1,\u00b3\n\n1. *Decides* to remain seized of the matter.\n\n"
                + "\u00b9 Resolution 70/1.\n";
        assertThatThrownBy(() -> DocumentImporter.parse(text, null))
                .isInstanceOf(DocumentParseException.class)
                .hasMessageContaining("Footnote marker 3 in PP2 points at no footnote")
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.UNKNOWN_FOOTNOTE);
    }

    @Test
    void a_formula_without_paragraphs_is_rejected() {
        assertThatThrownBy(() -> DocumentImporter.parse("General Assembly\n\nThe General Assembly,\n", null))
                .isInstanceOf(DocumentParseException.class)
                .extracting(e -> ((DocumentParseException) e).reason()).isEqualTo(Reason.NO_PARAGRAPHS);
    }
}
