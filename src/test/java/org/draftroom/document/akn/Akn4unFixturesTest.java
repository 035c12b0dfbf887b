package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.draftroom.document.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The hand-written AKN4UN files (src/test/resources/akn4un) are schema-valid and read as Draftroom documents. */
class Akn4unFixturesTest {

    static String fixture(String name) {
        try (InputStream in = Akn4unFixturesTest.class.getResourceAsStream("/akn4un/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_RES_76_142.xml", "A_C.3_80_L.20.xml", "A_C.3_80_L.20_Rev.1.xml"})
    void each_fixture_is_valid_akoma_ntoso_and_reads_without_loss_of_a_paragraph(String name) {
        String xml = fixture(name);
        assertThat(AknSchema.errors(xml)).isEmpty();
        Document d = AknReader.read(xml).document();
        long paragraphs = xml.lines().filter(l -> l.contains("<container name=\"preambularParagraph\"")
                || l.contains("<paragraph ") || l.contains("<point ")).count();
        assertThat(d.paragraphs()).hasSize((int) paragraphs);
    }

    @Test
    void a_resolution_numbered_only_in_a_plain_docnumber_gets_its_number_and_symbol() {
        Document d = AknReader.read(fixture("A_RES_76_142.xml")).document();
        assertThat(d.metadata().adoption().resolutionNumber()).isEqualTo("76/142");
        assertThat(d.metadata().effectiveSymbol()).isEqualTo("A/RES/76/142");
        assertThat(d.labels()).containsExactly("PP1", "PP2", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3");
        assertThat(d.byLabel("OP2").orElseThrow().fullText()).isEqualTo("Calls upon all States:");
        assertThat(d.byLabel("PP1").orElseThrow().fullText()).isEqualTo("Recalling its resolution 74/149 of 18 December 2019,");
        assertThat(d.footnotes()).hasSize(1);
    }

    @Test
    void the_number_comes_from_an_frbralias_or_the_work_iri_when_no_docnumber_gives_it() {
        String noDocNumber = fixture("A_RES_76_142.xml").replace("<p class=\"symbol\"><docNumber>A/RES/76/142</docNumber></p>", "");
        String onlyIri = noDocNumber.replace("<FRBRalias value=\"A/RES/76/142\" name=\"symbol\"/>", "")
                .replace("<FRBRnumber value=\"76/142\"/>", "");
        assertThat(AknReader.read(noDocNumber).document().metadata().effectiveSymbol()).isEqualTo("A/RES/76/142");
        assertThat(AknReader.read(onlyIri).document().metadata().effectiveSymbol()).isEqualTo("A/RES/76/142");
        String none = onlyIri.replace("76-142", "unnumbered");
        assertThatThrownBy(() -> AknReader.read(none)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("no number");
    }

    @Test
    void a_draft_keeps_two_levels_of_points_under_list_intros() {
        Document d = AknReader.read(fixture("A_C.3_80_L.20.xml")).document();
        assertThat(d.metadata().isDraft()).isTrue();
        assertThat(d.labels()).containsExactly("PP1", "OP1", "OP2", "OP2(a)", "OP2(a)(i)", "OP2(a)(ii)", "OP2(b)", "OP3");
        assertThat(d.byLabel("OP2(a)").orElseThrow().fullText()).isEqualTo("To cooperate on return, including by:");
        assertThat(d.metadata().mainSponsors()).containsExactly("Mexico");
    }
}
