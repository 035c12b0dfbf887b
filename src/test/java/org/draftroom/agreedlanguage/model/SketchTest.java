package org.draftroom.agreedlanguage.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.LabelMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SketchTest {

    @Test
    void the_same_words_give_the_same_bands_and_the_same_key_on_every_run() {
        List<String> a = Wording.words("Urges Member States to ratify the Protocol;");
        List<String> b = Wording.words("urges member States to ratify the protocol,");
        assertThat(a).isEqualTo(b);
        assertThat(Sketch.bands(a)).hasSize(Sketch.BANDS).isEqualTo(Sketch.bands(b));
        assertThat(Wording.key(a)).isEqualTo(Wording.key(b)).isNotEqualTo(Wording.key(Wording.words("Urges States")));
        assertThat(Sketch.bands(List.of())).isEmpty();
        assertThat(Sketch.bands(List.of("decides"))).hasSize(Sketch.BANDS);
        assertThat(Wording.words("resolution 64/293 and the State’s efforts, age-sensitive")).containsExactly(
                "resolution", "64/293", "and", "the", "state's", "efforts", "age-sensitive");
    }

    @Test
    void unrelated_paragraphs_share_no_band_and_a_lightly_changed_one_shares_several() {
        long[] original = Sketch.bands(Wording.words("Requests the Secretary-General to submit a report on the implementation of "
                + "the present resolution to the General Assembly at its seventy-sixth session"));
        long[] changed = Sketch.bands(Wording.words("Requests the Secretary-General to submit a report on the implementation of "
                + "the present resolution to the General Assembly at its eighty-second session"));
        long[] other = Sketch.bands(Wording.words("Encourages Member States to seek to address trafficking in persons in global "
                + "supply chains, including by considering common public procurement standards"));
        assertThat(shared(original, changed)).isGreaterThanOrEqualTo(3);
        assertThat(shared(original, other)).isZero();
    }

    /** The sketch finds what comparing seed 004 with every paragraph of 76/186, 72/195 and 74/L.16 finds, for 91 of 93. */
    @Test
    void on_the_seeds_the_sketch_finds_the_sources_comparing_everything_finds() {
        List<SourceParagraph> library = new ArrayList<>();
        library.addAll(SeedLibrary.sources(SeedLibrary.parse(SeedLibrary.RES_76_186), "A/RES/76/186", "76/186", 76));
        library.addAll(SeedLibrary.sources(SeedLibrary.parse(SeedLibrary.RES_72_195), "A/RES/72/195", "72/195", 72));
        library.addAll(SeedLibrary.sources(SeedLibrary.parse(SeedLibrary.DRAFT_74), "A/C.3/74/L.16", "74/L.16", 74));
        Map<SourceParagraph, long[]> bands = new HashMap<>();
        library.forEach(s -> bands.put(s, Sketch.bands(Wording.words(s.text()))));
        Document draft = SeedLibrary.parse(SeedLibrary.DRAFT_80);
        List<String> labels = draft.labels(LabelMode.CLEAN);
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String text = draft.paragraphs().get(i).fullText();
            Provenance everything = AgreedLanguagePolicy.classify(text, library);
            long[] mine = Sketch.bands(Wording.words(text));
            List<SourceParagraph> near = library.stream().filter(s -> shared(bands.get(s), mine) > 0).toList();
            Provenance sketched = AgreedLanguagePolicy.classify(text, near);
            if (everything.origin() != sketched.origin() || !Objects.equals(everything.closest(), sketched.closest())) {
                missed.add(labels.get(i) + " " + everything.closest() + " " + everything.sources().get(0).similarity());
            }
        }
        // both misses are modified paragraphs barely over the threshold (0.62 and 0.64 of the words shared)
        assertThat(missed).hasSizeLessThanOrEqualTo(2);
        assertThat(missed).allMatch(m -> Double.parseDouble(m.substring(m.lastIndexOf(' ') + 1)) < 0.7);
    }

    private static int shared(long[] a, long[] b) {
        Set<Long> set = new HashSet<>();
        Arrays.stream(a).forEach(set::add);
        return (int) Arrays.stream(b).filter(set::contains).count();
    }
}
