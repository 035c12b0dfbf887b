package org.draftroom.document.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void inserted_and_deleted_words_are_found_and_the_texts_can_be_rebuilt() {
        String before = "Urges Member States to implement them fully;";
        String after = "Urges all Member States to fully implement them;";
        var segments = WordDiff.diff(before, after);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (DiffSegment s : segments) {
            if (s.op() != DiffOp.INSERT) {
                b.append(s.text());
            }
            if (s.op() != DiffOp.DELETE) {
                a.append(s.text());
            }
        }
        assertThat(b.toString()).isEqualTo(before);
        assertThat(a.toString()).isEqualTo(after);
        assertThat(segments).filteredOn(s -> s.op() == DiffOp.INSERT).extracting(DiffSegment::text)
                .contains(" all");
    }

    @Test
    void similarity_is_one_for_equal_texts_and_low_for_unrelated_ones() {
        assertThat(Similarity.of("Recalling its resolution", "Recalling its resolution")).isEqualTo(1.0);
        assertThat(Similarity.of("Recalling its resolution", "Decides to convene a meeting")).isLessThan(0.2);
    }
}
