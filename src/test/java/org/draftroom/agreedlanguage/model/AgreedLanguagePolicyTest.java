package org.draftroom.agreedlanguage.model;

import org.draftroom.document.compare.DiffOp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreedLanguagePolicyTest {
    private static final SourceParagraph OP4_72 = new SourceParagraph("A/RES/72/195", "72/195", 72, "OP4",
            "Urges Member States to ratify or accede to the Protocol;");
    private static final SourceParagraph OP4_76 = new SourceParagraph("A/RES/76/186", "76/186", 76, "OP4",
            "Urges Member States to ratify or accede to the Protocol;");
    private static final SourceParagraph OP9_76 = new SourceParagraph("A/RES/76/186", "76/186", 76, "OP9",
            "Invites Member States to make voluntary contributions to the trust fund;");

    @Test
    void the_same_words_are_verbatim_whatever_the_case_and_the_final_punctuation_most_recent_source_first() {
        Provenance p = AgreedLanguagePolicy.classify("urges Member States to ratify or accede to the Protocol.", List.of(OP4_72, OP9_76, OP4_76));
        assertThat(p.origin()).isEqualTo(Origin.VERBATIM);
        assertThat(p.sources()).extracting(m -> m.source().cite()).containsExactly("76/186 OP4", "72/195 OP4");
        assertThat(p.closest()).isEqualTo("76/186 OP4");
        assertThat(p.sources().get(0).difference()).isEmpty();
    }

    @Test
    void close_words_are_modified_with_the_difference_from_the_adopted_words() {
        Provenance p = AgreedLanguagePolicy.classify("Urges all Member States to ratify the Protocol;", List.of(OP4_76, OP9_76));
        assertThat(p.origin()).isEqualTo(Origin.MODIFIED);
        assertThat(p.closest()).isEqualTo("76/186 OP4");
        assertThat(p.sources()).hasSize(1);
        SourceMatch m = p.sources().get(0);
        assertThat(m.similarity()).isBetween(AgreedLanguagePolicy.MODIFIED_AT, 0.99);
        assertThat(m.difference()).anyMatch(d -> d.op() == DiffOp.INSERT && d.text().strip().equals("all"));
        assertThat(m.difference()).anyMatch(d -> d.op() == DiffOp.DELETE && d.text().contains("or accede to"));
    }

    @Test
    void words_far_from_every_source_are_new_and_the_closest_are_at_most_three() {
        assertThat(AgreedLanguagePolicy.classify("Decides to convene a high-level meeting in 2029;", List.of(OP4_76, OP9_76)).origin())
                .isEqualTo(Origin.NEW);
        assertThat(AgreedLanguagePolicy.classify(" ; ", List.of(OP4_76)).origin()).isEqualTo(Origin.NEW);
        List<SourceParagraph> many = List.of(
                new SourceParagraph("A/RES/70/1", "70/1", 70, "OP1", "Urges Member States to ratify the Protocol without delay;"),
                new SourceParagraph("A/RES/71/1", "71/1", 71, "OP1", "Urges Member States to ratify the Protocol soon;"),
                new SourceParagraph("A/RES/73/1", "73/1", 73, "OP1", "Urges States to ratify the Protocol;"),
                OP4_76);
        Provenance p = AgreedLanguagePolicy.classify("Urges Member States to ratify the Protocol;", many);
        assertThat(p.origin()).isEqualTo(Origin.MODIFIED);
        assertThat(p.sources()).hasSize(AgreedLanguagePolicy.CLOSEST);
        assertThat(p.sources().get(0).similarity()).isGreaterThanOrEqualTo(p.sources().get(1).similarity());
        assertThat(p.sources().get(1).similarity()).isGreaterThanOrEqualTo(p.sources().get(2).similarity());
    }

    @Test
    void a_paragraph_offered_twice_counts_once() {
        Provenance p = AgreedLanguagePolicy.classify("Urges Member States to ratify or accede to the Protocol;", List.of(OP4_76, OP4_76));
        assertThat(p.sources()).hasSize(1);
    }
}
