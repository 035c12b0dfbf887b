package org.draftroom.agreedlanguage.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmendmentEffectTest {
    private static final SourceParagraph OP4 = new SourceParagraph("A/RES/72/195", "72/195", 72, "OP4", "Urges States to act;");

    private static Provenance verbatim() {
        return new Provenance(Origin.VERBATIM, List.of(new SourceMatch(OP4, 1.0, List.of())));
    }

    private static Provenance modified() {
        return new Provenance(Origin.MODIFIED, List.of(new SourceMatch(OP4, 0.8, List.of())));
    }

    @Test
    void sentences_for_negotiators() {
        assertThat(AmendmentEffect.describe("OP5", modified(), verbatim())).isEqualTo("restores the words of 72/195 OP4 in OP5");
        assertThat(AmendmentEffect.describe("OP5", Provenance.fresh(), verbatim())).isEqualTo("restores the words of 72/195 OP4 in OP5");
        assertThat(AmendmentEffect.describe("OP5", verbatim(), modified()))
                .isEqualTo("departs from the words of 72/195 OP4 in OP5; comes close to 72/195 OP4 (80% of the words)");
        assertThat(AmendmentEffect.describe("OP5", verbatim(), Provenance.fresh()))
                .isEqualTo("departs from the words of 72/195 OP4 in OP5; OP5 reads in words never adopted");
        assertThat(AmendmentEffect.describe("OP6", null, Provenance.fresh())).isEqualTo("adds OP6 in words never adopted");
    }
}
